#pragma once
// A table view that, after rows are inserted or removed, repaints only the
// part of its viewport from the first shifted row down. QTableView lays its
// items out again after any change of the row count and then repaints its
// whole viewport, even when the rows changed far below what it shows (the
// findings table: an edit adds or removes a phase's findings, mostly out of
// sight). Resets, layout changes and column changes still repaint it whole.

#include <QTableView>

namespace tranche {

class RowShiftTableView : public QTableView
{
    Q_OBJECT
public:
    using QTableView::QTableView;

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;

private:
    void noteShift(int firstRow);
    void noteAll() { m_all = true; }

    QList<QMetaObject::Connection> m_connections;
    int m_firstShifted = -1; // the first row inserted or removed since the last layout
    bool m_all = false;      // something else changed: lay out and repaint all
};

} // namespace tranche
