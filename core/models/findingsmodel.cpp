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
    // the surplus removed or the shortfall inserted. The model takes the
    // checker's list itself (shared, not copied) as soon as what it shows
    // agrees with it: at once when the middle only changed in place, or only
    // grew or shrank; after the rows changed in place otherwise.
    const FindingsDiff d = FindingsDiff::between(m_findings, findings);
    const qsizetype common = std::min(d.oldMiddle, d.newMiddle);
    const qsizetype prefix = d.prefix;
    const int first = int(prefix + common); // of the rows removed or inserted

    if (common > 0) {
        if (d.oldMiddle != d.newMiddle) {
            // The changed rows take their new values; those after them stay
            // as they were until they are removed or moved by the insertion.
            QList<Finding> changed;
            changed.reserve(m_findings.size());
            changed.append(findings.constBegin(), findings.constBegin() + first);
            changed.append(m_findings.constBegin() + first, m_findings.constEnd());
            m_findings = std::move(changed);
        } else {
            m_findings = findings;
        }
        Q_EMIT dataChanged(index(int(prefix), 0), index(first - 1, ColumnCount - 1));
    }
    if (d.oldMiddle > d.newMiddle) {
        beginRemoveRows({}, first, int(first + d.oldMiddle - d.newMiddle - 1));
        m_findings = findings;
        endRemoveRows();
    } else if (d.newMiddle > d.oldMiddle) {
        beginInsertRows({}, first, int(first + d.newMiddle - d.oldMiddle - 1));
        m_findings = findings;
        endInsertRows();
    }
    Q_ASSERT(m_findings == findings);
    m_findings = findings; // shares the checker's list: the next comparison starts equal
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
