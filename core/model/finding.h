#pragma once
// A finding of the principles engine: which rule, how bad, where, and a
// sentence with the numbers that broke the rule.

#include <QList>
#include <QMetaType>
#include <QString>

namespace tranche {

enum class Severity { Info, Warning, Violation };
QString toString(Severity s); // "info" | "warning" | "violation"

struct Finding
{
    QString rule; // e.g. "INT-3"
    Severity severity = Severity::Violation;
    QString phase;       // phase id, empty = none
    QString item;        // item id, empty = none
    QString message;     // one sentence with the numbers
    QString principle;   // the principle's short text
    bool waived = false; // set when a waiver matches (rule, phase, item)

    bool operator==(const Finding &) const = default;
};

} // namespace tranche

Q_DECLARE_METATYPE(tranche::Finding)
