#include "panels/rowshifttableview.h"

#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace tranche {

void RowShiftTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_firstShifted = -1;
    m_all = true;
    QTableView::setModel(model);
    if (!model)
        return;
    const auto shifted = [this](const QModelIndex &parent, int first) {
        if (parent == rootIndex())
            noteShift(first);
    };
    using M = QAbstractItemModel;
    m_connections = {
        connect(model, &M::rowsInserted, this,
                [shifted](const QModelIndex &parent, int first, int) { shifted(parent, first); }),
        connect(model, &M::rowsRemoved, this,
                [shifted](const QModelIndex &parent, int first, int) { shifted(parent, first); }),
        connect(model, &M::rowsMoved, this, &RowShiftTableView::noteAll),
        connect(model, &M::columnsInserted, this, &RowShiftTableView::noteAll),
        connect(model, &M::columnsRemoved, this, &RowShiftTableView::noteAll),
        connect(model, &M::columnsMoved, this, &RowShiftTableView::noteAll),
        connect(model, &M::modelReset, this, &RowShiftTableView::noteAll),
        connect(model, &M::layoutChanged, this, &RowShiftTableView::noteAll),
    };
}

void RowShiftTableView::noteShift(int firstRow)
{
    m_firstShifted = m_firstShifted < 0 ? firstRow : std::min(m_firstShifted, firstRow);
}

void RowShiftTableView::doItemsLayout()
{
    const int first = std::exchange(m_firstShifted, -1);
    if (std::exchange(m_all, false) || first < 0) {
        QTableView::doItemsLayout();
        return;
    }
    // What QTableView::doItemsLayout() does, but for the whole viewport's repaint.
    updateGeometries();
    if (!verticalHeader()->updatesEnabled())
        verticalHeader()->setUpdatesEnabled(true); // QTableView turns it off when rows go
    const int rows = model()->rowCount(rootIndex());
    int top = 0;
    if (first < rows)
        top = rowViewportPosition(first);
    else if (rows > 0)
        top = rowViewportPosition(rows - 1) + rowHeight(rows - 1);
    const QRect area = viewport()->rect();
    if (top < area.bottom())
        viewport()->update(area.adjusted(0, std::max(0, top), 0, 0));
}

} // namespace tranche
