#include "cli/flowcli.h"

#include "flow/valueflow.h"
#include "io/planio.h"
#include "model/safetext.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString number(double v)
{
    if (!std::isfinite(v))
        return u"null"_s;
    if (v == 0)
        return u"0"_s; // also for -0
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

QString ratio(const ValueFlow &flow)
{
    return flow.inducementRatio ? number(*flow.inducementRatio) : u"null"_s;
}

void writeCsv(const ValueFlow &flow, QTextStream &out)
{
    out << "month,released,releasedCumulative,escrowBalance,exposure\n";
    for (const FlowMonth &m : flow.months) {
        out << m.month << ',' << number(m.released) << ',' << number(m.releasedCumulative) << ','
            << number(m.escrowBalance) << ',' << number(m.exposure) << '\n';
    }
    out << "# inducementRatio," << ratio(flow) << '\n';
}

void writeJson(const ValueFlow &flow, QTextStream &out)
{
    out << "{\"months\":[";
    bool first = true;
    for (const FlowMonth &m : flow.months) {
        if (!first)
            out << ',';
        first = false;
        out << "{\"month\":" << m.month << ",\"released\":" << number(m.released)
            << ",\"releasedCumulative\":" << number(m.releasedCumulative)
            << ",\"escrowBalance\":" << number(m.escrowBalance)
            << ",\"exposure\":" << number(m.exposure) << '}';
    }
    out << "],\"inducementRatio\":" << ratio(flow) << "}\n";
}

} // namespace

int runFlowCli(const QString &file, const QString &format, QTextStream &out, QTextStream &err)
{
    const QString fmt = format.isEmpty() ? u"csv"_s : format;
    if (fmt != "csv"_L1 && fmt != "json"_L1) {
        err << QCoreApplication::translate("tranche",
                                           "tranche flow: unknown format \"%1\" (csv or json)")
                   .arg(format)
            << '\n';
        err.flush();
        return 2;
    }

    const OpenResult opened = openPlan(file);
    if (!opened.ok()) {
        if (opened.errors.isEmpty())
            err << terminalSafe(
                       QCoreApplication::translate("tranche", "%1: cannot open the plan").arg(file))
                << '\n';
        for (const QString &line : opened.errors)
            err << terminalSafeLines(line) << '\n';
        err.flush();
        return 2;
    }

    const ValueFlow flow = computeValueFlow(*opened.plan);
    if (fmt == "json"_L1)
        writeJson(flow, out);
    else
        writeCsv(flow, out);
    out.flush();
    return 0;
}

} // namespace tranche
