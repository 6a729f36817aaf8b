#pragma once
// The exercise caveat ("EXERCISE - EXERCISE - EXERCISE" unless the package
// says otherwise) as the banner on top of every exercise screen: the control
// desk, the public screen, the package editor and the evaluation. The default
// caveat is shown in the reader's language (the package keeps it in English);
// a caveat of the package's own is shown as written.

#include <QLabel>

namespace tranche {

class CaveatBanner : public QLabel
{
    Q_OBJECT
public:
    // scale: the font size against the default (the public screen's is larger).
    explicit CaveatBanner(const QString &caveat, QWidget *parent = nullptr, double scale = 1.0);

    void setCaveat(const QString &caveat);
    QString caveat() const { return m_caveat; }
    // What the banner shows for `caveat`: the default one translated.
    static QString shown(const QString &caveat);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString m_caveat;
};

} // namespace tranche
