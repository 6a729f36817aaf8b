#pragma once
// The catalog's display texts, translated in the "tranche" context: the
// palette's cells (values, reversibility, flags, programs) and the tooltips
// of its items and actions (rich text, with the plan's own text escaped).

#include "model/catalog.h"

#include <QString>

namespace tranche {

QString authorityDisplayName(Authority a); // translated: "UN", "US statute", ...

namespace catalogtexts {

QString reversibilityText(Reversibility r);
// "targeted (military), long-term benefit, escrowable"; empty for none.
QString flagsText(const SanctionsItem &it);
// "nuclear, ICBM, other WMD"
QString programsText(Programs p);
// An item's annual value as the catalog shows it: "n/q" (shortForm) or "not
// quantified" for an item with no estimate, never "$0" for it.
QString valueText(const SanctionsItem &it, bool shortForm);
QString itemToolTip(const SanctionsItem &it);
QString actionToolTip(const CounterpartAction &a);

} // namespace catalogtexts

} // namespace tranche
