#pragma once
// Field-by-field comparison of two plans for the acceptance test
// (tst_buildplan): the first difference as a readable message.

#include "model/plan.h"

#include <QString>

#include <cmath>

namespace tranche::testing {

using namespace Qt::StringLiterals;

inline QString monthOrOpen(const std::optional<int> &m)
{
    return m ? QString::number(*m) : u"open"_s;
}

inline bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9;
}

// "WHAT: got "G", want "W"", the message of every difference.
inline QString differ(const QString &what, const QString &g, const QString &w)
{
    return u"%1: got \"%2\", want \"%3\""_s.arg(what, g, w);
}

// The plan fields of meta a user edits (see firstDifference()).
inline QString metaDifference(const PlanMeta &gm, const PlanMeta &wm)
{
    if (gm.title != wm.title)
        return differ(u"plan title"_s, gm.title, wm.title);
    if (gm.counterpart != wm.counterpart)
        return differ(u"plan counterpart"_s, gm.counterpart, wm.counterpart);
    if (gm.start != wm.start)
        return differ(u"plan start"_s, gm.start, wm.start);
    if (gm.classification != wm.classification)
        return differ(u"plan classification"_s, gm.classification, wm.classification);
    if (gm.profile != wm.profile)
        return differ(u"plan profile"_s, gm.profile, wm.profile);
    if (gm.referenceValueUsd.has_value() != wm.referenceValueUsd.has_value() ||
        (gm.referenceValueUsd && !sameNumber(*gm.referenceValueUsd, *wm.referenceValueUsd)))
        return differ(u"plan reference value"_s, QString::number(gm.referenceValueUsd.value_or(-1)),
                      QString::number(wm.referenceValueUsd.value_or(-1)));
    const QString gb = gm.extra.value("referenceValueBasis"_L1).toString();
    const QString wb = wm.extra.value("referenceValueBasis"_L1).toString();
    if (gb != wb)
        return differ(u"plan reference value basis"_s, gb, wb);
    return {};
}

// A placement's fields; rat names it in the message.
inline QString placementFieldDifference(const Placement &gr, const Placement &wr,
                                        const QString &rat)
{
    if (gr.item != wr.item)
        return differ(rat + u" item"_s, gr.item, wr.item);
    if (!sameNumber(gr.extent, wr.extent))
        return differ(rat + u" extent"_s, QString::number(gr.extent), QString::number(wr.extent));
    if (gr.start != wr.start)
        return differ(rat + u" start"_s, QString::number(gr.start), QString::number(wr.start));
    if (gr.end != wr.end)
        return differ(rat + u" end"_s, monthOrOpen(gr.end), monthOrOpen(wr.end));
    if (!sameNumber(gr.escrowShare, wr.escrowShare))
        return differ(rat + u" escrow share"_s, QString::number(gr.escrowShare),
                      QString::number(wr.escrowShare));
    if (gr.escrowAgent != wr.escrowAgent)
        return differ(rat + u" escrow agent"_s, gr.escrowAgent, wr.escrowAgent);
    if (gr.permittedUses != wr.permittedUses)
        return differ(rat + u" permitted uses"_s, gr.permittedUses, wr.permittedUses);
    if (gr.snapback != wr.snapback)
        return differ(rat + u" snapback"_s, gr.snapback ? u"on"_s : u"off"_s,
                      wr.snapback ? u"on"_s : u"off"_s);
    if (gr.note != wr.note)
        return differ(rat + u" note"_s, gr.note, wr.note);
    if (gr.extra != wr.extra)
        return rat + u": extra fields differ"_s;
    return {};
}

// A phase's fields, actions and placements; at names it in the message.
inline QString phaseDifference(const Phase &g, const Phase &w, const QString &at)
{
    if (g.id != w.id)
        return differ(at + u" id"_s, g.id, w.id);
    if (g.name != w.name)
        return differ(at + u" name"_s, g.name, w.name);
    if (g.kind != w.kind)
        return differ(at + u" kind"_s, toString(g.kind), toString(w.kind));
    if (g.start != w.start || g.end != w.end)
        return differ(at + u" months"_s, u"%1..%2"_s.arg(g.start).arg(g.end),
                      u"%1..%2"_s.arg(w.start).arg(w.end));
    if (g.extra != w.extra)
        return at + u": extra fields differ"_s;
    if (g.actions.size() != w.actions.size())
        return differ(at + u" number of actions"_s, QString::number(g.actions.size()),
                      QString::number(w.actions.size()));
    for (int a = 0; a < w.actions.size(); ++a) {
        const RequiredAction &ga = g.actions.at(a);
        const RequiredAction &wa = w.actions.at(a);
        const QString aat = at + u" action %1"_s.arg(a);
        if (ga.action != wa.action)
            return differ(aat, ga.action, wa.action);
        if (ga.verifiedMonth != wa.verifiedMonth)
            return differ(u"%1 (%2) verified month"_s.arg(aat, wa.action),
                          QString::number(ga.verifiedMonth), QString::number(wa.verifiedMonth));
        if (ga.extra != wa.extra)
            return aat + u": extra fields differ"_s;
    }
    if (g.reliefs.size() != w.reliefs.size())
        return differ(at + u" number of placements"_s, QString::number(g.reliefs.size()),
                      QString::number(w.reliefs.size()));
    for (int r = 0; r < w.reliefs.size(); ++r) {
        const QString rat = at + u" placement %1 (%2)"_s.arg(r).arg(w.reliefs.at(r).item);
        const QString d = placementFieldDifference(g.reliefs.at(r), w.reliefs.at(r), rat);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

// The first difference between two plans as a message (empty when they are
// equal in every field a user edits: metadata, phases, actions, placements,
// waivers; the catalog comes with the new plan and must be the same too).
// Of meta.extra only "referenceValueBasis" is compared (the inspector edits it);
// the rest holds notes of the scenario file that no editor field writes.
inline QString firstDifference(const Plan &got, const Plan &want)
{
    if (const QString d = metaDifference(got.meta, want.meta); !d.isEmpty())
        return d;
    if (!(got.catalog == want.catalog))
        return u"the catalogs differ"_s;
    if (got.phases.size() != want.phases.size())
        return differ(u"number of phases"_s, QString::number(got.phases.size()),
                      QString::number(want.phases.size()));
    for (int p = 0; p < want.phases.size(); ++p) {
        const Phase &w = want.phases.at(p);
        const QString at = u"phase %1 (%2)"_s.arg(p).arg(w.id);
        if (const QString d = phaseDifference(got.phases.at(p), w, at); !d.isEmpty())
            return d;
    }
    if (got.waivers.size() != want.waivers.size())
        return differ(u"number of waivers"_s, QString::number(got.waivers.size()),
                      QString::number(want.waivers.size()));
    for (int i = 0; i < want.waivers.size(); ++i) {
        if (!(got.waivers.at(i) == want.waivers.at(i)))
            return u"waiver %1 differs"_s.arg(i);
    }
    return {};
}

// The first difference between two placements (as placement 0 of a phase 0).
inline QString placementDifference(const Placement &got, const Placement &want)
{
    Plan g;
    Plan w;
    g.phases = {Phase{}};
    w.phases = {Phase{}};
    g.phases[0].reliefs = {got};
    w.phases[0].reliefs = {want};
    return firstDifference(g, w);
}

} // namespace tranche::testing
