#include "models/flowtablemodel.h"

#include "document/plandocument.h"
#include "model/money.h"
#include "models/roles.h"

#include <QDate>

namespace tranche {

FlowTableModel::FlowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

FlowTableModel::FlowTableModel(PlanDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
{
    setDocument(document);
}

void FlowTableModel::setDocument(PlanDocument *document)
{
    if (m_document == document)
        return;
    if (m_document) {
        disconnect(m_connection);
        disconnect(m_document, &QObject::destroyed, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        m_connection =
            connect(m_document, &PlanDocument::changed, this, &FlowTableModel::onDocumentChanged);
        connect(m_document, &QObject::destroyed, this, [this] {
            m_document.clear();
            recompute();
        });
    }
    recompute();
}

void FlowTableModel::setDisplayMode(DisplayMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    if (!m_flow.months.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

WalkAway FlowTableModel::walkAwayAt(int month) const
{
    return tranche::walkAwayAt(m_document ? m_document->plan() : Plan{}, m_flow, month);
}

void FlowTableModel::onDocumentChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::WaiversChanged)
        return; // waivers do not touch the flow
    m_stale = true;
    switch (m_updates) {
    case Updates::Immediate:
        recompute();
        break;
    case Updates::Coalesced:
        if (!m_flushQueued) {
            m_flushQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_flushQueued = false;
                    if (m_updates == Updates::Coalesced)
                        ensureCurrent();
                },
                Qt::QueuedConnection);
        }
        break;
    case Updates::Paused:
        break;
    }
}

void FlowTableModel::setUpdates(Updates updates)
{
    m_updates = updates;
    if (updates != Updates::Paused)
        ensureCurrent();
}

void FlowTableModel::ensureCurrent()
{
    if (m_stale)
        recompute();
}

QList<QPointF> FlowTableModel::points(int column) const
{
    QList<QPointF> points;
    points.reserve(m_flow.months.size());
    for (const FlowMonth &m : m_flow.months)
        points.append(QPointF(m.month, value(m, column)));
    return points;
}

QList<qreal> FlowTableModel::values(int column) const
{
    QList<qreal> values;
    values.reserve(m_flow.months.size());
    for (const FlowMonth &m : m_flow.months)
        values.append(value(m, column));
    return values;
}

std::optional<int> FlowTableModel::peakExposureMonth() const
{
    if (!m_flow.payoutMonth)
        return std::nullopt;
    std::optional<int> peakMonth;
    double peak = 0;
    for (const FlowMonth &m : m_flow.months) {
        if (m.month < *m_flow.payoutMonth && m.exposure > peak) {
            peak = m.exposure;
            peakMonth = m.month;
        }
    }
    return peakMonth;
}

namespace {

bool sameFigures(const FlowMonth &a, const FlowMonth &b)
{
    return a.released == b.released && a.releasedCumulative == b.releasedCumulative &&
           a.escrowed == b.escrowed && a.escrowBalance == b.escrowBalance && a.payout == b.payout &&
           a.exposure == b.exposure;
}

// The months [first, last] in which two flows of the same horizon differ.
std::optional<std::pair<int, int>> differingMonths(const QList<FlowMonth> &a,
                                                   const QList<FlowMonth> &b)
{
    int first = 0;
    int last = int(a.size()) - 1;
    while (first <= last && sameFigures(a.at(first), b.at(first)))
        ++first;
    while (last >= first && sameFigures(a.at(last), b.at(last)))
        --last;
    if (first > last)
        return std::nullopt;
    return std::pair{first, last};
}

} // namespace

void FlowTableModel::recompute()
{
    m_stale = false;
    ValueFlow next = m_document ? computeValueFlow(m_document->plan()) : ValueFlow{};
    if (next.months.size() != m_flow.months.size()) {
        beginResetModel();
        m_flow = std::move(next);
        m_changed = std::nullopt;
        if (!m_flow.months.isEmpty())
            m_changed = std::pair{0, int(m_flow.months.size()) - 1};
        endResetModel();
    } else {
        m_changed = differingMonths(m_flow.months, next.months);
        m_flow = std::move(next);
        if (m_changed)
            Q_EMIT dataChanged(index(m_changed->first, 0),
                               index(m_changed->second, ColumnCount - 1));
        if (!m_flow.months.isEmpty()) // calendar months follow meta.start
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    Q_EMIT flowChanged();
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_flow.months.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double FlowTableModel::value(const FlowMonth &month, int column)
{
    // The figure of each column; the month column holds the month's number.
    static constexpr double FlowMonth::*figures[ColumnCount] = {nullptr,
                                                                &FlowMonth::released,
                                                                &FlowMonth::releasedCumulative,
                                                                &FlowMonth::escrowed,
                                                                &FlowMonth::escrowBalance,
                                                                &FlowMonth::payout,
                                                                &FlowMonth::exposure};
    if (column == MonthColumn)
        return month.month;
    if (column < 0 || column >= ColumnCount)
        return 0;
    return month.*figures[column];
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlowMonth &fm = m_flow.months.at(index.row());
    const int column = index.column();
    const auto raw = [&]() -> QVariant {
        if (column == MonthColumn)
            return fm.month;
        return value(fm, column);
    };

    switch (role) {
    case Qt::DisplayRole:
        if (m_mode == DisplayMode::Raw || column == MonthColumn)
            return raw();
        return formatMoney(value(fm, column));
    case Qt::EditRole:
    case Qt::UserRole:
    case RawValueRole:
        return raw();
    case Qt::ToolTipRole:
        if (column == MonthColumn)
            return {};
        return QStringLiteral("$") + QString::number(value(fm, column), 'f', 2);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (m_document) {
            if (const std::optional<QDate> date = m_document->plan().monthDate(section))
                return date->toString(QStringLiteral("yyyy-MM"));
        }
        return section;
    }
    static constexpr const char *headers[ColumnCount] = {
        QT_TR_NOOP("Month"),    QT_TR_NOOP("Released"),       QT_TR_NOOP("Released (cumulative)"),
        QT_TR_NOOP("Escrowed"), QT_TR_NOOP("Escrow balance"), QT_TR_NOOP("Payout"),
        QT_TR_NOOP("Exposure")};
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(headers[section]);
}

} // namespace tranche
