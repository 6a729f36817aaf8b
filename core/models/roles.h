#pragma once
// Named item-model roles, all from one private base above Qt::UserRole.

#include <Qt>

namespace tranche {

enum Role : int {
    RoleBase = Qt::UserRole + 0x100,
    // Catalog models
    ItemIdRole,      // QString: sanctions item id
    ActionIdRole,    // QString: counterpart action id
    AnnualValueRole, // double: USD per year
    AuthorityRole,   // QString: format spelling of the authority
    SearchTextRole,  // QString: all searchable text of a row
    // Findings model
    FindingRole,  // QVariant<tranche::Finding>
    SeverityRole, // int(tranche::Severity)
    RuleRole,     // QString rule id
    PhaseIdRole,  // QString phase id
    WaivedRole,   // bool
    // Value flow model
    RawValueRole, // double, unformatted
};

} // namespace tranche
