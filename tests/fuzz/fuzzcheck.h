#pragma once
// What every fuzz target does with what a reader accepted: check it against
// the principles, compute its value flow, and write and read it again, which
// must give the same plan and the same bytes. Any breach stops the process
// (qFatal), which libFuzzer and the replay driver report as a crash.

#include "flow/valueflow.h"
#include "io/planjson.h"
#include "rules/ruleengine.h"
#include "rules/ruleprofile.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tranche::fuzz {

// One QCoreApplication for the process (SQL drivers and translations need one).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "tranche-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// The rule engine and the value flow on an accepted plan: must not crash,
// and the value flow covers the months the plan spans.
inline void checkAndFlow(const Plan &plan, const RuleProfile &profile = RuleProfile())
{
    const QList<Finding> findings = RuleEngine::check(plan, profile);
    const FindingCounts counts = countFindings(findings);
    if (counts.violations + counts.warnings + counts.infos + counts.waived < 0)
        qFatal("negative finding counts");
    const ValueFlow flow = computeValueFlow(plan);
    for (const FlowMonth &m : flow.months)
        (void)walkAwayAt(plan, flow, m.month);
}

// The plan written as JSON reads back as the same plan, and writing that gives the same bytes.
inline void jsonRoundTrip(const Plan &plan)
{
    const QByteArray written = writePlanJson(plan);
    const PlanReadResult again = readPlanJson(written);
    if (!again.ok())
        qFatal("a written plan does not read back: %s",
               again.problems.isEmpty()
                   ? ""
                   : qPrintable((again.problems.first().pointer + QStringLiteral(": ") +
                                 again.problems.first().reason)));
    if (!(*again.plan == plan))
        qFatal("a written plan reads back different");
    if (writePlanJson(*again.plan) != written)
        qFatal("writing a plan read back gives other bytes");
}

} // namespace tranche::fuzz
