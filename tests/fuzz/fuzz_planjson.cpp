// Fuzz target: the JSON plan reader (untrusted mail), then check, flow and a
// write/read round trip of every plan it accepts.

#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tranche;
    fuzz::ensureApplication();
    const PlanReadResult read = readPlanJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read.ok() && read.problems.isEmpty())
        qFatal("refused without a problem");
    if (!read.ok())
        return 0;
    fuzz::checkAndFlow(*read.plan);
    fuzz::jsonRoundTrip(*read.plan);
    return 0;
}
