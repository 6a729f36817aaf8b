#include "rules/rule.h"

#include <QCoreApplication>

namespace tranche {

using namespace Qt::StringLiterals;

// The table of PRINCIPLES.md, in its order: each rule's id, principle,
// thresholds (key, the "strict" value, minimum, maximum, whole number) and
// check (defined in the rule's own file, rules/afa1.cpp ...).
const QList<const Rule *> &allRules()
{
    static const Rule rules[] = {
        Rule({u"AFA-1"_s, QT_TRANSLATE_NOOP("tranche", "Relief follows action"), {}, checkAfa1}),
        Rule({u"AFA-2"_s,
              QT_TRANSLATE_NOOP("tranche", "Significant first steps"),
              {{u"minWeight"_s, 15, 0, 10000, false}},
              nullptr,
              checkAfa2}),
        Rule({u"INT-1"_s,
              QT_TRANSLATE_NOOP("tranche", "Interim relief is small"),
              {{u"share"_s, 0.10, 0, 1, false}, {u"warnShare"_s, 0.80, 0, 1, false}},
              nullptr,
              checkInt1}),
        Rule({u"INT-2"_s,
              QT_TRANSLATE_NOOP("tranche", "Interim relief is quickly reversible"),
              {},
              checkInt2}),
        Rule({u"INT-3"_s,
              QT_TRANSLATE_NOOP("tranche", "Interim relief has a fixed end"),
              {{u"maxMonths"_s, 6, 0, 1200, true}},
              checkInt3}),
        Rule({u"INT-4"_s,
              QT_TRANSLATE_NOOP("tranche", "Interim relief ends by itself"),
              {},
              checkInt4}),
        Rule(
            {u"INT-5"_s, QT_TRANSLATE_NOOP("tranche", "No lasting benefits early"), {}, checkInt5}),
        Rule({u"ESC-1"_s,
              QT_TRANSLATE_NOOP("tranche", "Escrow the interim value"),
              {{u"violationBelow"_s, 0.8, 0, 1, false}, {u"warningBelow"_s, 1.0, 0, 1, false}},
              checkEsc1}),
        Rule({u"FIN-1"_s,
              QT_TRANSLATE_NOOP("tranche", "Broad relief at the end"),
              {{u"coverage"_s, 0.85, 0, 1, false}},
              nullptr,
              checkFin1}),
        Rule({u"FIN-2"_s,
              QT_TRANSLATE_NOOP("tranche", "Big relief only after full implementation"),
              {},
              checkFin2}),
        Rule({u"TGT-1"_s, QT_TRANSLATE_NOOP("tranche", "Keep targeted sanctions"), {}, checkTgt1}),
        Rule({u"FAT-1"_s,
              QT_TRANSLATE_NOOP("tranche", "Financial access needs reform"),
              {},
              checkFat1}),
        Rule({u"LAW-1"_s, QT_TRANSLATE_NOOP("tranche", "Know whose act it takes"), {}, checkLaw1}),
    };
    static const QList<const Rule *> list = [] {
        QList<const Rule *> l;
        for (const Rule &r : rules)
            l.append(&r);
        return l;
    }();
    return list;
}

const Rule *ruleById(const QString &id)
{
    for (const Rule *r : allRules()) {
        if (r->id() == id)
            return r;
    }
    return nullptr;
}

} // namespace tranche
