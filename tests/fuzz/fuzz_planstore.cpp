// Fuzz target: the .tranche (SQLite) reader on arbitrary bytes, then check,
// flow, and a save/load round trip of every plan it accepts (which must give
// the same plan), and the JSON round trip.

#include "fuzzcheck.h"
#include "io/planstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tranche;
    fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.tranche"));
    const QString out = dir.filePath(QStringLiteral("out.tranche"));
    {
        QFile f(in);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            qFatal("cannot write the input file");
    }
    const PlanLoadResult loaded = loadPlanFile(in);
    if (loaded.ok() != loaded.error.isEmpty())
        qFatal("a load result is both or neither a plan and an error");
    if (!loaded.ok())
        return 0;
    fuzz::checkAndFlow(*loaded.plan);
    QFile::remove(out);
    const QString saveError = savePlanFile(*loaded.plan, out);
    if (!saveError.isEmpty())
        qFatal("an accepted plan cannot be saved: %s", qPrintable(saveError));
    const PlanLoadResult again = loadPlanFile(out);
    if (!again.ok())
        qFatal("a saved plan does not load: %s", qPrintable(again.error));
    if (!(*again.plan == *loaded.plan))
        qFatal("a saved plan loads back different");
    fuzz::jsonRoundTrip(*loaded.plan);
    return 0;
}
