// Saves one of two plans to a .tranche file and exits: the process that
// tst_savecrash and bench/savecrash.sh kill at random moments.
//     tst_savecrash_helper FILE old|new

#include "io/planstore.h"
#include "support/planstoretestdata.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The rich test plan with enough placements that a save takes a while.
tranche::Plan crashPlan(bool newer)
{
    tranche::Plan plan = planstoretest::richPlan();
    tranche::Phase &last = plan.phases.last();
    const QList<tranche::Placement> reliefs = last.reliefs;
    for (int i = 0; i < 2000; ++i) {
        tranche::Placement p = reliefs.at(i % reliefs.size());
        p.note = u"placement %1 of the crash plan"_s.arg(i);
        last.reliefs.append(p);
    }
    if (newer) {
        plan.meta.title = u"The newer plan"_s;
        last.reliefs.removeLast();
    }
    return plan;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args.at(2) != u"old" && args.at(2) != u"new")) {
        std::fputs("usage: tst_savecrash_helper FILE old|new\n", stderr);
        return 2;
    }
    const QString error = tranche::savePlanFile(crashPlan(args.at(2) == u"new"), args.at(1));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
