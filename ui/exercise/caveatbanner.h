#pragma once
// The exercise caveat ("EXERCISE - EXERCISE - EXERCISE" unless the package
// says otherwise) as the banner on top of every exercise screen: the control
// desk, the public screen, the package editor and the evaluation.

#include <QLabel>

namespace tranche {

class CaveatBanner : public QLabel
{
    Q_OBJECT
public:
    // scale: the font size against the default (the public screen's is larger).
    explicit CaveatBanner(const QString &caveat, QWidget *parent = nullptr, double scale = 1.0);
};

} // namespace tranche
