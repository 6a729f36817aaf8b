#pragma once
// A word-wrapped plain-text label that remembers its heights. A layout asks a
// word-wrapped QLabel its height for a width many times while it lays out
// (for its minimum and for its preferred height, in every pass), and QLabel
// wraps and shapes the whole text again for each question. WrapLabel keeps
// the answers for the widths asked until its text, font, style or margins
// change.

#include "panels/heightsbywidth.h"

#include <QLabel>

namespace tranche {

class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

    // How many heights were computed rather than remembered (for tests).
    int heightsComputed() const { return m_computed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void forgetIfStale() const;

    // The text and margins the answers were computed for.
    mutable QString m_text;
    mutable QMargins m_margins;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable HeightsByWidth m_heights;
    mutable int m_computed = 0;
};

} // namespace tranche
