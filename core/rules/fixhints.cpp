#include "rules/fixhints.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace tranche {

namespace {

struct Hint
{
    const char *rule;
    const char *text;
};

// One sentence per rule: what a user changes so that the finding goes away.
constexpr std::array<Hint, 13> kHints = {{
    {"AFA-1",
     QT_TRANSLATE_NOOP("FixHint", "Require at least one counterpart action in the phase, and start "
                                  "each relief no earlier than the first verification of the "
                                  "phase's actions.")},
    {"AFA-2",
     QT_TRANSLATE_NOOP("FixHint", "Require weightier first steps verified by the month the first "
                                  "relief starts (the profile's minimum weight), or start that "
                                  "relief later.")},
    {"INT-1",
     QT_TRANSLATE_NOOP("FixHint", "Lower interim relief at its peak month: reduce extents, shorten "
                                  "or stagger placements, or move relief to the final phase.")},
    {"INT-2",
     QT_TRANSLATE_NOOP("FixHint", "Move relief of a hard-to-reverse item to the final phase, or "
                                  "place an easily reversed variant of it instead.")},
    {"INT-3",
     QT_TRANSLATE_NOOP("FixHint", "Give the interim relief an end within the profile's limit "
                                  "(End in the inspector, or Shift+Alt+Left on the timeline).")},
    {"INT-4",
     QT_TRANSLATE_NOOP("FixHint", "Turn Snapback on for the interim relief in the inspector.")},
    {"INT-5",
     QT_TRANSLATE_NOOP("FixHint", "Move relief of an item with lasting benefits to the final "
                                  "phase.")},
    {"ESC-1",
     QT_TRANSLATE_NOOP("FixHint", "Escrow the interim relief (100 % avoids the warning) and name "
                                  "its escrow agent and permitted uses in the inspector.")},
    {"FIN-1",
     QT_TRANSLATE_NOOP("FixHint", "Add a final phase that relieves the broad UN and US sanctions, "
                                  "primary trade included, up to the coverage the profile asks.")},
    {"FIN-2",
     QT_TRANSLATE_NOOP("FixHint", "Gate the phase on verified nuclear, ICBM and WMD dismantlement "
                                  "and start its relief no earlier than the full verification, or "
                                  "move the big relief to such a phase.")},
    {"TGT-1",
     QT_TRANSLATE_NOOP("FixHint", "Remove the relief: sanctions on the military, security "
                                  "services, prison system and human-rights abusers stay.")},
    {"FAT-1",
     QT_TRANSLATE_NOOP("FixHint", "Require a verified financial-sector reform in the phase by the "
                                  "month the relief starts, or start the relief later.")},
    {"LAW-1",
     QT_TRANSLATE_NOOP("FixHint", "Nothing to fix for the list of legal acts; for the warning, "
                                  "prefer relief by executive action in interim phases.")},
}};

} // namespace

QString fixHint(const QString &ruleId)
{
    const auto found = std::find_if(kHints.cbegin(), kHints.cend(), [&](const Hint &h) {
        return ruleId == QLatin1StringView(h.rule);
    });
    return found == kHints.cend() ? QString() : QCoreApplication::translate("FixHint", found->text);
}

} // namespace tranche
