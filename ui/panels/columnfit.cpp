#include "panels/columnfit.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <QHash>
#include <QHeaderView>
#include <QTreeView>

#include <algorithm>
#include <vector>

namespace tranche {

namespace {

struct Row
{
    QModelIndex index; // column 0
    int depth = 0;     // 0 for the root's children
};

// Every row the view shows: the root's children and those of every expanded
// row, hidden rows left out (as QTreeView lays them out).
std::vector<Row> shownRows(const QTreeView *view)
{
    const QAbstractItemModel *model = view->model();
    std::vector<Row> rows;
    std::vector<Row> parents{{view->rootIndex(), -1}};
    while (!parents.empty()) {
        const Row parent = parents.back();
        parents.pop_back();
        const int count = model->rowCount(parent.index);
        for (int r = 0; r < count; ++r) {
            if (view->isRowHidden(r, parent.index))
                continue;
            const Row row{model->index(r, 0, parent.index), parent.depth + 1};
            rows.push_back(row);
            if (view->isExpanded(row.index) && model->hasChildren(row.index))
                parents.push_back(row);
        }
    }
    return rows;
}

// A text's width as the sum of its characters' advances, each measured once.
class Advances
{
public:
    explicit Advances(const QFont &font) : m_metrics(font) {}

    qreal width(const QString &text)
    {
        qreal sum = 0;
        for (const QChar c : text) {
            auto it = m_advances.constFind(c.unicode());
            if (it == m_advances.cend())
                it = m_advances.insert(c.unicode(), m_metrics.horizontalAdvance(c));
            sum += *it;
        }
        return sum;
    }

private:
    QFontMetricsF m_metrics;
    QHash<char16_t, qreal> m_advances;
};

struct Candidate
{
    qreal estimate = 0;
    QModelIndex index;
    int indentation = 0;
};

} // namespace

int contentsWidth(const QTreeView *view, int column)
{
    const QAbstractItemModel *model = view->model();
    if (!model || column < 0 || column >= model->columnCount(view->rootIndex()))
        return 0;
    const QHeaderView *header = view->header();
    int width = header->isHidden() ? 0 : header->sectionSizeHint(column);

    // The column the tree's branches are drawn in is indented by depth.
    const int treeColumn =
        view->treePosition() >= 0 ? view->treePosition() : header->logicalIndex(0);
    const int rootLevel = view->rootIsDecorated() ? 1 : 0;
    Advances advances(view->font());
    std::vector<Candidate> candidates;
    for (const Row &row : shownRows(view)) {
        Candidate c;
        c.index = row.index.siblingAtColumn(column);
        c.indentation = column == treeColumn ? (row.depth + rootLevel) * view->indentation() : 0;
        c.estimate = advances.width(c.index.data(Qt::DisplayRole).toString()) + c.indentation;
        candidates.push_back(c);
    }
    qreal widest = 0;
    for (const Candidate &c : candidates)
        widest = std::max(widest, c.estimate);
    for (const Candidate &c : candidates) {
        if (c.estimate >= widest * kMeasuredShare)
            width = std::max(width, view->sizeHintForIndex(c.index).width() + c.indentation);
    }
    return width;
}

} // namespace tranche
