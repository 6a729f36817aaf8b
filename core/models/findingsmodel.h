#pragma once
// The findings of a Checker as a table for views: severity, rule, phase,
// item, message; named roles from core/roles.h. Follows the checker's
// updates with the smallest row changes (no reset on each edit).

#include "model/finding.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tranche {

class Checker;

class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, RuleColumn, PhaseColumn, ItemColumn, MessageColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);
    explicit FindingsModel(Checker *checker, QObject *parent = nullptr);

    void setChecker(Checker *checker);
    Checker *checker() const { return m_checker; }
    // Replaces the rows (what the checker's updates call).
    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    Finding finding(int row) const { return m_findings.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString severityText(Severity severity); // translated, capitalized

private:
    QPointer<Checker> m_checker;
    QMetaObject::Connection m_connection;
    QList<Finding> m_findings;
};

} // namespace tranche
