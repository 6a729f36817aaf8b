#include "models/findingsmodel.h"

#include "model/safetext.h"
#include "models/findingsdiff.h"
#include "models/roles.h"
#include "rules/checker.h"

#include <algorithm>

namespace tranche {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

FindingsModel::FindingsModel(Checker *checker, QObject *parent) : QAbstractTableModel(parent)
{
    setChecker(checker);
}

void FindingsModel::setChecker(Checker *checker)
{
    if (m_checker == checker)
        return;
    disconnect(m_connection);
    m_checker = checker;
    if (checker) {
        m_connection = connect(checker, &Checker::findingsChanged, this,
                               [this] { setFindings(m_checker->findings()); });
        setFindings(checker->findings());
    } else {
        setFindings({});
    }
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    // Rows in common at both ends stay; the middle is changed in place, then
    // the surplus removed or the shortfall inserted.
    const FindingsDiff d = FindingsDiff::between(m_findings, findings);
    const qsizetype common = std::min(d.oldMiddle, d.newMiddle);
    const qsizetype prefix = d.prefix;

    if (common > 0) {
        for (qsizetype i = 0; i < common; ++i)
            m_findings[prefix + i] = findings.at(prefix + i);
        Q_EMIT dataChanged(index(int(prefix), 0), index(int(prefix + common - 1), ColumnCount - 1));
    }
    if (d.oldMiddle > d.newMiddle) {
        const int first = int(prefix + common);
        beginRemoveRows({}, first, int(first + d.oldMiddle - d.newMiddle - 1));
        m_findings.remove(first, d.oldMiddle - d.newMiddle);
        endRemoveRows();
    } else if (d.newMiddle > d.oldMiddle) {
        const int first = int(prefix + common);
        beginInsertRows({}, first, int(first + d.newMiddle - d.oldMiddle - 1));
        m_findings.insert(first, d.newMiddle - d.oldMiddle, Finding());
        for (qsizetype i = 0; i < d.newMiddle - d.oldMiddle; ++i)
            m_findings[first + i] = findings.at(first + i);
        endInsertRows();
    }
    Q_ASSERT(m_findings == findings);
    m_findings = findings; // shares the checker's list again: the next comparison starts equal
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityText(Severity severity)
{
    // In the order of Severity; anything past the end reads as a violation.
    static constexpr const char *kTexts[] = {QT_TR_NOOP("Info"), QT_TR_NOOP("Warning"),
                                             QT_TR_NOOP("Violation")};
    return tr(kTexts[std::clamp(int(severity), 0, int(Severity::Violation))]);
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return f.waived ? tr("%1 (waived)").arg(severityText(f.severity))
                            : severityText(f.severity);
        case MessageColumn:
            return f.message;
        default: // rule, phase and item: as their roles give them
            return data(index, index.column() == RuleColumn    ? RuleRole
                               : index.column() == PhaseColumn ? PhaseIdRole
                                                               : ItemIdRole);
        }
    case Qt::ToolTipRole:
        return plainToolTip(tr("%1 %2: %3").arg(f.rule, f.principle, f.message));
    case FindingRole:
        return QVariant::fromValue(f);
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case PhaseIdRole:
        return f.phase;
    case ItemIdRole:
        return f.item;
    case WaivedRole:
        return f.waived;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *headers[ColumnCount] = {QT_TR_NOOP("Severity"), QT_TR_NOOP("Rule"),
                                                         QT_TR_NOOP("Phase"), QT_TR_NOOP("Item"),
                                                         QT_TR_NOOP("Message")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(headers[section]);
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FindingRole, "finding");
    names.insert(SeverityRole, "severity");
    names.insert(RuleRole, "rule");
    names.insert(PhaseIdRole, "phaseId");
    names.insert(ItemIdRole, "itemId");
    names.insert(WaivedRole, "waived");
    return names;
}

} // namespace tranche
