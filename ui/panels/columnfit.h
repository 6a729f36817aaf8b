#pragma once
// Column widths to contents, as QTreeView::resizeColumnToContents() gives
// them, without laying out every row's text: Qt measures each shown row of
// a column through its delegate (a text layout apiece: for the DPRK
// catalog's 77 rows and 4 columns about a sixteenth of the editor's start,
// and again on every resize of its dock). Here each row's text is first estimated from cached
// per-character advances, and only the rows estimated near a column's widest
// are measured through the delegate, as Qt would measure them. The estimate
// reads the display text alone: for views whose rows differ in their texts,
// not in icons, check boxes or fonts (the catalog's).

class QTreeView;

namespace tranche {

// Rows measured exactly: those estimated at least this share of the
// column's widest estimate. The estimate leaves out kerning, which moves a
// text's width by a few per cent, so the widest row is among them.
inline constexpr double kMeasuredShare = 0.9;

// The width resizeColumnToContents(column) would give: the header's size
// hint, or the widest expanded, shown row's width hint with its indentation.
int contentsWidth(const QTreeView *view, int column);

} // namespace tranche
