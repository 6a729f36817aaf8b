#include "io/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

// Formats a number for a message: whole numbers without a fraction.
QString num(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

bool isValidMonthText(const QString &s)
{
    // YYYY-MM with a real month; the year must make a valid QDate.
    if (s.size() != 7 || s.at(4) != u'-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (s.at(i) < u'0' || s.at(i) > u'9')
            return false;
    }
    return QDate::fromString(s + u"-01"_s, u"yyyy-MM-dd"_s).isValid();
}

// Collects problems while walking a plan in document order.
class Validator
{
public:
    QList<Problem> problems;
    QString phase; // the phase being checked, if any
    QString item;  // the item or action being checked, if any

    std::function<bool(const Problem &)> keep; // all when not set
    qsizetype max = std::numeric_limits<qsizetype>::max();
    qsizetype unlisted = 0;

    void add(const QString &pointer, const QString &reason)
    {
        Problem p(pointer, reason, phase, item);
        if (keep && !keep(p))
            return;
        if (problems.size() < max)
            problems.append(std::move(p));
        else
            ++unlisted;
    }

    void checkId(const QString &base, QLatin1StringView field, const QString &id)
    {
        if (!isValidId(id)) {
            add(base + field,
                QCoreApplication::translate("tranche", "must match [a-z0-9._-]+ (got \"%1\")")
                    .arg(id));
        }
    }

    void checkRange(const QString &base, QLatin1StringView field, double v, double lo, double hi)
    {
        if (!(v >= lo && v <= hi)) {
            add(base + field,
                QCoreApplication::translate("tranche", "must be a number from %1 to %2 (got %3)")
                    .arg(num(lo), num(hi), num(v)));
        }
    }

    void checkNonNegative(const QString &base, QLatin1StringView field, double v)
    {
        if (!(v >= 0 && std::isfinite(v))) {
            add(base + field,
                QCoreApplication::translate("tranche", "must be a number >= 0 (got %1)")
                    .arg(num(v)));
        }
    }

    void checkMonth(const QString &base, QLatin1StringView field, int m)
    {
        if (m < 0 || m > kMaxPlanMonth) {
            add(base + field,
                QCoreApplication::translate(
                    "tranche", "must be a whole number of months from 0 to %1 (got %2)")
                    .arg(kMaxPlanMonth)
                    .arg(m));
        }
    }

    void checkEnd(const QString &base, QLatin1StringView field, int start, int end)
    {
        if (end < start) {
            add(base + field, QCoreApplication::translate("tranche", "end %1 is before start %2")
                                  .arg(end)
                                  .arg(start));
        }
    }

    void checkMeta(const PlanMeta &meta)
    {
        if (!meta.start.isEmpty() && !isValidMonthText(meta.start)) {
            add(u"/plan/start"_s, QCoreApplication::translate(
                                      "tranche", "must be a month written YYYY-MM (got \"%1\")")
                                      .arg(meta.start));
        }
        if (meta.referenceValueUsd)
            checkNonNegative(u"/plan"_s, "/referenceValueUsd"_L1, *meta.referenceValueUsd);
        checkSources(meta.sources);
    }

    // plan.sources: ids unique and [A-Za-z0-9._-]+.
    void checkSources(const QList<Source> &sources)
    {
        QHash<QString, int> seen;
        for (int i = 0; i < sources.size(); ++i) {
            const QString pointer = u"/plan/sources/"_s + QString::number(i) + u"/id"_s;
            const QString &id = sources.at(i).id;
            if (!isValidSourceId(id)) {
                add(pointer, QCoreApplication::translate("tranche",
                                                         "must match [A-Za-z0-9._-]+ (got \"%1\")")
                                 .arg(id));
            } else if (const auto found = seen.constFind(id); found != seen.cend()) {
                add(pointer, QCoreApplication::translate("tranche",
                                                         "duplicate source id \"%1\" (first at %2)")
                                 .arg(id, u"/plan/sources/"_s + QString::number(*found)));
            } else {
                seen.insert(id, i);
            }
        }
    }

    // variantOf names another item of the catalog that is not a variant itself.
    // firstIndex: the first index of each valid item id.
    void checkVariants(const Catalog &catalog, const QHash<QString, int> &firstIndex)
    {
        for (int i = 0; i < catalog.items.size(); ++i) {
            const SanctionsItem &it = catalog.items.at(i);
            if (it.variantOf.isEmpty())
                continue;
            item = it.id;
            const QString pointer = u"/catalog/items/"_s + QString::number(i) + u"/variantOf"_s;
            const auto found = firstIndex.constFind(it.variantOf);
            if (it.variantOf == it.id) {
                add(pointer, QCoreApplication::translate(
                                 "tranche", "must name another item, not the item itself"));
            } else if (found == firstIndex.cend()) {
                add(pointer, QCoreApplication::translate("tranche",
                                                         "unknown item \"%1\" (not in the catalog)")
                                 .arg(it.variantOf));
            } else if (const QString &parent = catalog.items.at(*found).variantOf;
                       !parent.isEmpty()) {
                add(pointer,
                    QCoreApplication::translate("tranche", "\"%1\" is itself a variant (of \"%2\")")
                        .arg(it.variantOf, parent));
            }
        }
    }

    // Entry `index` of a list (at listPointer, e.g. "/phases/") has an id: a valid
    // id seen before in the same list is a duplicate, reported at its /id with the
    // pointer of the first one. Returns the entry's pointer.
    QString checkUnique(QHash<QString, int> &seen, const QString &listPointer, int index,
                        const QString &id, const char *duplicateText)
    {
        const QString base = listPointer + QString::number(index);
        checkId(base, "/id"_L1, id);
        if (!isValidId(id))
            return base;
        const auto found = seen.constFind(id);
        if (found == seen.cend()) {
            seen.insert(id, index);
            return base;
        }
        add(base + u"/id"_s, QCoreApplication::translate("tranche", duplicateText)
                                 .arg(id, listPointer + QString::number(*found)));
        return base;
    }

    // Entry `index` of a phase's list ("/actions/", "/reliefs/") names `id` of the
    // catalog at `field`: the problems of the entry name the id, and an unknown
    // id is one. Returns the entry's pointer.
    QString checkReference(const QString &base, QLatin1StringView list, int index,
                           QLatin1StringView field, const QString &id, const QSet<QString> &ids,
                           const char *unknownText)
    {
        const QString entry = base + list + QString::number(index);
        item = id;
        if (!ids.contains(id))
            add(entry + field, QCoreApplication::translate("tranche", unknownText).arg(id));
        return entry;
    }

    void checkCatalog(const Catalog &catalog)
    {
        QHash<QString, int> seen;
        for (int i = 0; i < catalog.items.size(); ++i) {
            const SanctionsItem &it = catalog.items.at(i);
            item = it.id;
            const QString base =
                checkUnique(seen, u"/catalog/items/"_s, i, it.id,
                            QT_TRANSLATE_NOOP("tranche", "duplicate item id \"%1\" (first at %2)"));
            checkNonNegative(base, "/annualValueUsd"_L1, it.annualValueUsd);
        }
        checkVariants(catalog, seen);

        seen.clear();
        for (int i = 0; i < catalog.actions.size(); ++i) {
            const CounterpartAction &a = catalog.actions.at(i);
            item = a.id;
            const QString base = checkUnique(
                seen, u"/catalog/actions/"_s, i, a.id,
                QT_TRANSLATE_NOOP("tranche", "duplicate action id \"%1\" (first at %2)"));
            checkRange(base, "/weight"_L1, a.weight, 1, 10);
            if ((a.completes & ~allPrograms()) != Programs()) {
                add(base + u"/completes"_s,
                    QCoreApplication::translate("tranche", "must list only nuclear, icbm, wmd"));
            }
        }
        item.clear();
    }

    void checkRequiredActions(const Phase &ph, const QString &base, const QSet<QString> &actionIds)
    {
        QHash<QString, int> required;
        for (int a = 0; a < ph.actions.size(); ++a) {
            const RequiredAction &ra = ph.actions.at(a);
            const QString abase = checkReference(
                base, "/actions/"_L1, a, "/action"_L1, ra.action, actionIds,
                QT_TRANSLATE_NOOP("tranche", "unknown action \"%1\" (not in the catalog)"));
            const auto found = required.constFind(ra.action);
            if (found != required.cend()) {
                add(abase + u"/action"_s,
                    QCoreApplication::translate(
                        "tranche", "action \"%1\" is already required by this phase (at %2)")
                        .arg(ra.action, base + u"/actions/"_s + QString::number(*found)));
            } else {
                required.insert(ra.action, a);
            }
            checkMonth(abase, "/verifiedMonth"_L1, ra.verifiedMonth);
        }
    }

    void checkReliefs(const Phase &ph, const QString &base, const QSet<QString> &itemIds)
    {
        for (int r = 0; r < ph.reliefs.size(); ++r) {
            const Placement &pl = ph.reliefs.at(r);
            const QString rbase = checkReference(
                base, "/reliefs/"_L1, r, "/item"_L1, pl.item, itemIds,
                QT_TRANSLATE_NOOP("tranche", "unknown item \"%1\" (not in the catalog)"));
            checkRange(rbase, "/extent"_L1, pl.extent, 0, 1);
            checkMonth(rbase, "/start"_L1, pl.start);
            if (pl.end) {
                checkMonth(rbase, "/end"_L1, *pl.end);
                checkEnd(rbase, "/end"_L1, pl.start, *pl.end);
            }
            checkRange(rbase, "/escrowShare"_L1, pl.escrowShare, 0, 1);
        }
    }

    void checkPhases(const Plan &plan)
    {
        // Sets rather than Catalog::itemIndex(): large plans stay linear.
        QSet<QString> itemIds;
        for (const SanctionsItem &it : plan.catalog.items)
            itemIds.insert(it.id);
        QSet<QString> actionIds;
        for (const CounterpartAction &a : plan.catalog.actions)
            actionIds.insert(a.id);
        QHash<QString, int> seen;
        for (int p = 0; p < plan.phases.size(); ++p) {
            const Phase &ph = plan.phases.at(p);
            phase = ph.id;
            item.clear();
            const QString base = checkUnique(
                seen, u"/phases/"_s, p, ph.id,
                QT_TRANSLATE_NOOP("tranche", "duplicate phase id \"%1\" (first at %2)"));
            checkMonth(base, "/start"_L1, ph.start);
            checkMonth(base, "/end"_L1, ph.end);
            checkEnd(base, "/end"_L1, ph.start, ph.end);
            checkRequiredActions(ph, base, actionIds);
            checkReliefs(ph, base, itemIds);
        }
        phase.clear();
        item.clear();
    }

    void checkWaivers(const QList<Waiver> &waivers)
    {
        for (int w = 0; w < waivers.size(); ++w) {
            const Waiver &wv = waivers.at(w);
            const QString base = u"/waivers/"_s + QString::number(w);
            if (wv.rule.trimmed().isEmpty()) {
                add(base + u"/rule"_s,
                    QCoreApplication::translate("tranche", "a waiver must name its rule"));
            }
            if (wv.justification.trimmed().isEmpty()) {
                add(base + u"/justification"_s,
                    QCoreApplication::translate("tranche", "a waiver needs a justification"));
            }
        }
    }
};

} // namespace

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                        u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidSourceId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.begin(), id.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
               u == u'.' || u == u'_' || u == u'-';
    });
}

QString jsonPointerToken(const QString &key)
{
    QString out = key;
    out.replace(u'~', u"~0"_s);
    out.replace(u'/', u"~1"_s);
    return out;
}

QList<Problem> validatePlan(const Plan &plan)
{
    return validatePlan(plan, {}, std::numeric_limits<qsizetype>::max(), nullptr);
}

QList<Problem> validatePlan(const Plan &plan, const std::function<bool(const Problem &)> &keep,
                            qsizetype max, qsizetype *unlisted)
{
    Validator v;
    v.keep = keep;
    v.max = max;
    v.checkMeta(plan.meta);
    v.checkCatalog(plan.catalog);
    v.checkPhases(plan);
    v.checkWaivers(plan.waivers);
    nameProblems(v.problems, plan);
    if (unlisted)
        *unlisted = v.unlisted;
    return v.problems;
}

} // namespace tranche
