#pragma once
// The value flow of a PlanDocument as a table: one row per month, one column
// per figure, recomputed on every change of the document. Charts bind to it
// through Qt Charts model mappers.
//
// NOTE for Qt Charts model mappers (QVXYModelMapper, QVBarModelMapper): they
// read Qt::DisplayRole and convert it with QVariant::toReal(). Formatted money
// ("$1.2B") would read as 0, so a model a mapper binds to must be switched to
// DisplayMode::Raw (setDisplayMode), where Qt::DisplayRole gives the raw
// double too. Views (QTableView) keep the default DisplayMode::Formatted.
// In both modes Qt::EditRole, Qt::UserRole and tranche::RawValueRole give the
// raw value (double; int for the month column).

#include "flow/valueflow.h"

#include <QAbstractTableModel>
#include <QPointer>

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

    // The whole computed flow: payout month, inducement ratio, per-phase totals.
    const ValueFlow &flow() const { return m_flow; }
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
    DisplayMode m_mode = DisplayMode::Formatted;
};

} // namespace tranche
