#include "models/sourcetablemodel.h"

#include "document/plandocument.h"
#include "document/sourcecommands.h"
#include "flow/briefing.h"
#include "model/safetext.h"

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Every source id cited by the catalog, with its citers ("name (id)").
QHash<QString, QStringList> allCiters(const Catalog &catalog)
{
    QHash<QString, QStringList> out;
    const auto add = [&out](const auto &entry) {
        for (const QString &id : citedSourceIds(entry.source)) {
            QStringList &citers = out[id];
            const QString who =
                entry.name.isEmpty() ? entry.id : entry.name + u" ("_s + entry.id + u')';
            if (!citers.contains(who))
                citers.append(who);
        }
    };
    for (const SanctionsItem &item : catalog.items)
        add(item);
    for (const CounterpartAction &action : catalog.actions)
        add(action);
    return out;
}

// The field a column edits (every column but CitedByColumn).
SourceField fieldOf(int column)
{
    return SourceField(column);
}

} // namespace

QStringList sourceCiters(const Plan &plan, const QString &sourceId)
{
    return allCiters(plan.catalog).value(sourceId);
}

SourceTableModel::SourceTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_doc(document)
{
    if (!document)
        return;
    m_sources = document->plan().meta.sources;
    countCiters();
    connect(document, &PlanDocument::changed, this, &SourceTableModel::onDocumentChanged);
}

void SourceTableModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &source = m_sources.at(index.row());
    if (index.column() == CitedByColumn) {
        const QStringList citers = m_citers.value(source.id);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return int(citers.size());
        if (role == Qt::ToolTipRole && !citers.isEmpty())
            return plainToolTip(citers.join(u'\n')); // names from the file
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return fieldValue(source, fieldOf(index.column()));
    return {};
}

bool SourceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable) || !m_doc)
        return false;
    const SourceField field = fieldOf(index.column());
    const QString text = value.toString();
    if (fieldValue(m_sources.at(index.row()), field).toString() == text)
        return true;
    if (field == SourceField::Id) {
        if (const auto problem = sourceIdRefusal(m_doc->plan().meta.sources, index.row(), text)) {
            Q_EMIT refused(problem->pointer, problem->reason);
            return false;
        }
    }
    m_doc->undoStack()->push(new EditSourceFieldCommand(m_doc, index.row(), field, text));
    return true;
}

Qt::ItemFlags SourceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() != CitedByColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the bibliography's numbers, [1], [2] ...
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case YearColumn:
        return tr("Year");
    case UrlColumn:
        return tr("URL");
    case CitedByColumn:
        return tr("Cited by");
    default:
        return {};
    }
}

void SourceTableModel::onDocumentChanged(const ChangeEvent &event)
{
    switch (event.kind) {
    case ChangeEvent::Reset:
        beginResetModel();
        m_sources = m_doc->plan().meta.sources;
        countCiters();
        endResetModel();
        break;
    case ChangeEvent::MetaChanged:
        if (event.touches(MetaField::Sources))
            sync();
        break;
    case ChangeEvent::CatalogChanged:
        countCiters();
        if (!m_sources.isEmpty())
            Q_EMIT dataChanged(index(0, CitedByColumn), index(rowCount() - 1, CitedByColumn));
        break;
    default:
        break;
    }
}

void SourceTableModel::sync()
{
    const QList<Source> &now = m_doc->plan().meta.sources;
    const qsizetype delta = now.size() - m_sources.size();
    qsizetype first = 0; // the first row that differs
    while (first < m_sources.size() && first < now.size() && m_sources.at(first) == now.at(first))
        ++first;
    if (delta == 1 || delta == -1) {
        const int row = int(first);
        delta > 0 ? beginInsertRows({}, row, row) : beginRemoveRows({}, row, row);
        m_sources = now;
        delta > 0 ? endInsertRows() : endRemoveRows();
    } else if (delta == 0) {
        const QList<Source> old = std::exchange(m_sources, now);
        for (qsizetype r = first; r < now.size(); ++r) {
            if (old.at(r) != now.at(r))
                Q_EMIT dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1));
        }
    } else {
        beginResetModel();
        m_sources = now;
        endResetModel();
    }
}

void SourceTableModel::countCiters()
{
    m_citers = m_doc ? allCiters(m_doc->plan().catalog) : QHash<QString, QStringList>();
}

} // namespace tranche
