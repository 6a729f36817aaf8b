#pragma once
// The value flow of a PlanDocument as a table: one row per month, one column
// per figure, recomputed once per change of the document (or once per burst of
// changes, or only when wanted again: setUpdates). Each recomputation says
// which months changed (dataChanged() over those rows, changedMonths()), so
// that the charts replace only those.
//
// DisplayMode::Raw makes Qt::DisplayRole give the raw double (what Qt Charts
// model mappers read with QVariant::toReal(): formatted money, "$1.2B", would
// read as 0); views (QTableView) keep the default DisplayMode::Formatted. In
// both modes Qt::EditRole, Qt::UserRole and tranche::RawValueRole give the raw
// value (double; int for the month column).

#include "flow/valueflow.h"

#include <QAbstractTableModel>
#include <QPointF>
#include <QPointer>

#include <optional>
#include <utility>

namespace tranche {

class PlanDocument;
struct ChangeEvent;

class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MonthColumn,
        ReleasedColumn,
        ReleasedCumulativeColumn,
        EscrowedColumn,
        EscrowBalanceColumn,
        PayoutColumn,
        ExposureColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum class DisplayMode { Formatted, Raw };
    Q_ENUM(DisplayMode)

    explicit FlowTableModel(QObject *parent = nullptr);
    explicit FlowTableModel(PlanDocument *document, QObject *parent = nullptr);

    // Attach to a document (nullptr detaches: empty model). Recomputes at once.
    void setDocument(PlanDocument *document);
    PlanDocument *document() const { return m_document; }

    void setDisplayMode(DisplayMode mode);
    DisplayMode displayMode() const { return m_mode; }

    // When the model recomputes after a change of the document. Immediate (the
    // default): at once, on every change. Coalesced: once for a burst of
    // changes, when control returns to the event loop. Paused: never; the model
    // only notes that it is stale. Leaving Paused brings a stale model up to
    // date at once.
    enum class Updates { Immediate, Coalesced, Paused };
    void setUpdates(Updates updates);
    Updates updates() const { return m_updates; }
    // True when the document changed since the last recomputation.
    bool isStale() const { return m_stale; }
    // Recomputes now when the document changed since the last recomputation.
    void ensureCurrent();

    // The whole computed flow: payout month, inducement ratio, per-phase totals.
    const ValueFlow &flow() const { return m_flow; }
    // The months [first, last] whose figures the last recomputation changed
    // (every month after a change of their number); nullopt when none did.
    // dataChanged() covers the same rows.
    std::optional<std::pair<int, int>> changedMonths() const { return m_changed; }
    // The points (month, figure of `column`) of every month, for a chart series.
    QList<QPointF> points(int column) const;
    // The figures of `column`, month by month, for a bar set.
    QList<qreal> values(int column) const;
    // The month of the highest exposure before the payout month (the
    // inducement ratio's denominator); nullopt without payout or exposure.
    std::optional<int> peakExposureMonth() const;
    // What-if of the counterpart walking away at the end of month m.
    WalkAway walkAwayAt(int month) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Raw value of a cell (month as a number), without going through QVariant.
    static double value(const FlowMonth &month, int column);

Q_SIGNALS:
    // Emitted after every recomputation (rows reset or data changed), for the
    // figures that are not per month: payout month, ratio, phase totals.
    void flowChanged();

private:
    void recompute();
    void onDocumentChanged(const ChangeEvent &event);

    QPointer<PlanDocument> m_document;
    QMetaObject::Connection m_connection;
    ValueFlow m_flow;
    std::optional<std::pair<int, int>> m_changed;
    DisplayMode m_mode = DisplayMode::Formatted;
    Updates m_updates = Updates::Immediate;
    bool m_stale = false;
    bool m_flushQueued = false;
};

} // namespace tranche
