#pragma once
// The plan of the tests of the bibliography and the valueQuantified flag
// (tst_sourcecommands, tst_sourcesdialog): three sources, the first two
// cited by catalog entries, the third by none; an item with a value, one
// valued 0 and one not quantified; a phase placing the first two items.

#include "model/plan.h"

namespace sourcestest {

using namespace Qt::StringLiterals;
using namespace tranche;

inline Plan plan()
{
    Plan plan;
    plan.meta.title = u"Sources"_s;
    SanctionsItem coal;
    coal.id = u"un-coal"_s;
    coal.name = u"Coal export ban"_s;
    coal.annualValueUsd = 1.2e9;
    coal.source = u"S01;S02 - 2016 exports"_s;
    SanctionsItem statue;
    statue.id = u"un-statue"_s;
    statue.name = u"Statue exports"_s;
    statue.source = u"S02"_s;
    SanctionsItem army;
    army.id = u"un-army"_s;
    army.valueQuantified = false;
    plan.catalog.items = {coal, statue, army};
    CounterpartAction freeze;
    freeze.id = u"freeze"_s;
    freeze.source = u"S01 - declared"_s;
    plan.catalog.actions = {freeze};
    plan.meta.sources = {
        Source{u"S01"_s, u"Fact sheet"_s, u"US Mission"_s, u"2017"_s, u"https://example.org/a"_s,
               QJsonObject{{u"x-pages"_s, u"4-6"_s}}},
        Source{u"S02"_s, u"Panel of Experts report"_s, u"UN"_s, u"2019"_s, {}, {}},
        Source{u"S03"_s, u"Uncited"_s, {}, {}, {}, {}},
    };
    Phase p1;
    p1.id = u"p1"_s;
    p1.end = 6;
    Placement coalRelief;
    coalRelief.item = u"un-coal"_s;
    coalRelief.extent = 0.5;
    Placement statueRelief;
    statueRelief.item = u"un-statue"_s;
    p1.reliefs = {coalRelief, statueRelief};
    plan.phases = {p1};
    return plan;
}

} // namespace sourcestest
