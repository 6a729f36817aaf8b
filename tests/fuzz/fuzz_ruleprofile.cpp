// Fuzz target: the rule-profile reader (profiles are shared as files), then a
// check of the bundled plan with every profile it accepts, the plan's flow,
// and a write/read round trip of the profile.

#include "fuzzcheck.h"
#include "io/planio.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tranche;
    fuzz::ensureApplication();
    static const Plan plan = [] {
        const OpenResult opened = openPlan(defaultScenarioPath());
        if (!opened.ok())
            qFatal("the bundled scenario does not open");
        return *opened.plan;
    }();
    const ProfileResult read = readRuleProfileJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)),
        QStringLiteral("fuzz"));
    if (read.ok() != read.errors.isEmpty())
        qFatal("a profile result is both or neither a profile and errors");
    if (!read.ok())
        return 0;
    fuzz::checkAndFlow(plan, *read.profile);
    const QByteArray written = writeRuleProfileJson(*read.profile);
    const ProfileResult again = readRuleProfileJson(written, QStringLiteral("fuzz"));
    if (!again.ok())
        qFatal("a written profile does not read back: %s", qPrintable(again.errors.join(u'\n')));
    if (!(*again.profile == *read.profile))
        qFatal("a written profile reads back different");
    if (writeRuleProfileJson(*again.profile) != written)
        qFatal("writing a profile read back gives other bytes");
    return 0;
}
