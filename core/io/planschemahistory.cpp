#include "io/planschemahistory.h"

#include <span>

using namespace Qt::StringLiterals;

namespace tranche::planschema {

namespace {

// Schema version 1 (Tranche 0.1: the current schema without items.variant_of),
// exactly as it created its tables: files are checked against these texts.
const char *const kCreateV1[] = {
    "CREATE TABLE tranche_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE plan (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " counterpart TEXT NOT NULL, start TEXT NOT NULL, classification TEXT NOT NULL,"
    " profile TEXT NOT NULL, reference_value_usd REAL, extra_json TEXT,"
    " document_extra_json TEXT)",
    "CREATE TABLE items (position INTEGER PRIMARY KEY, item_id TEXT NOT NULL,"
    " name TEXT NOT NULL, authority TEXT NOT NULL, instrument TEXT NOT NULL,"
    " category TEXT NOT NULL, annual_value_usd REAL NOT NULL, reversibility TEXT NOT NULL,"
    " long_term_benefit INTEGER NOT NULL, escrowable INTEGER NOT NULL, targeted TEXT,"
    " fatf INTEGER NOT NULL, primary_trade INTEGER NOT NULL, source TEXT NOT NULL,"
    " confidence TEXT NOT NULL, value_basis TEXT NOT NULL, extra_json TEXT)",
    "CREATE TABLE actions (position INTEGER PRIMARY KEY, action_id TEXT NOT NULL,"
    " name TEXT NOT NULL, category TEXT NOT NULL, weight REAL NOT NULL,"
    " completes TEXT NOT NULL, financial_reform INTEGER NOT NULL, source TEXT NOT NULL,"
    " confidence TEXT NOT NULL, extra_json TEXT)",
    "CREATE TABLE phases (position INTEGER PRIMARY KEY, phase_id TEXT NOT NULL,"
    " name TEXT NOT NULL, kind TEXT NOT NULL, start_month INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL, extra_json TEXT)",
    "CREATE TABLE required_actions (phase_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL, action_id TEXT NOT NULL, verified_month INTEGER NOT NULL,"
    " extra_json TEXT, PRIMARY KEY (phase_position, position))",
    "CREATE TABLE placements (phase_position INTEGER NOT NULL, position INTEGER NOT NULL,"
    " item_id TEXT NOT NULL, extent REAL NOT NULL, start_month INTEGER NOT NULL,"
    " end_month INTEGER, escrow_share REAL NOT NULL, escrow_agent TEXT NOT NULL,"
    " permitted_uses TEXT NOT NULL, snapback INTEGER NOT NULL, note TEXT NOT NULL,"
    " extra_json TEXT, PRIMARY KEY (phase_position, position))",
    "CREATE TABLE waivers (position INTEGER PRIMARY KEY, rule TEXT NOT NULL,"
    " phase_id TEXT NOT NULL, item_id TEXT NOT NULL, justification TEXT NOT NULL,"
    " author TEXT NOT NULL, date TEXT)",
};

// Schema version 0 (Tranche 0.0, tests/fixtures/store/v0.sql), likewise exactly as created.
const char *const kCreateV0[] = {
    "CREATE TABLE tranche_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE plan (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL,"
    " counterpart TEXT NOT NULL, start TEXT NOT NULL, classification TEXT NOT NULL,"
    " reference_value_usd REAL)",
    "CREATE TABLE items (position INTEGER PRIMARY KEY, item_id TEXT NOT NULL,"
    " name TEXT NOT NULL, authority TEXT NOT NULL, instrument TEXT NOT NULL,"
    " category TEXT NOT NULL, annual_value_usd REAL NOT NULL, reversibility TEXT NOT NULL,"
    " long_term_benefit INTEGER NOT NULL, escrowable INTEGER NOT NULL, targeted TEXT,"
    " fatf INTEGER NOT NULL, primary_trade INTEGER NOT NULL, source TEXT NOT NULL)",
    "CREATE TABLE actions (position INTEGER PRIMARY KEY, action_id TEXT NOT NULL,"
    " name TEXT NOT NULL, category TEXT NOT NULL, weight REAL NOT NULL,"
    " completes TEXT NOT NULL, financial_reform INTEGER NOT NULL)",
    "CREATE TABLE phases (position INTEGER PRIMARY KEY, phase_id TEXT NOT NULL,"
    " name TEXT NOT NULL, kind TEXT NOT NULL, start_month INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL)",
    "CREATE TABLE required_actions (phase_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL, action_id TEXT NOT NULL, verified_month INTEGER NOT NULL,"
    " PRIMARY KEY (phase_position, position))",
    "CREATE TABLE placements (phase_position INTEGER NOT NULL, position INTEGER NOT NULL,"
    " item_id TEXT NOT NULL, extent REAL NOT NULL, start_month INTEGER NOT NULL,"
    " end_month INTEGER NOT NULL, escrow_share REAL NOT NULL, escrow_agent TEXT NOT NULL,"
    " permitted_uses TEXT NOT NULL, snapback INTEGER NOT NULL, note TEXT NOT NULL,"
    " PRIMARY KEY (phase_position, position))",
};

} // namespace

const QList<Migration> &migrations()
{
    // Version 0 (Tranche 0.0, tests/fixtures/store/v0.sql): no provenance
    // columns (items.confidence, items.value_basis, actions.source,
    // actions.confidence), no extra_json columns, no plan.profile, no waivers
    // table; items.targeted '' for none; placements.end_month NOT NULL with -1
    // for open-ended; PRAGMA application_id and user_version left at 0.
    static const QList<Migration> list = {
        {0,
         {
             u"ALTER TABLE plan ADD COLUMN profile TEXT NOT NULL DEFAULT 'strict'"_s,
             u"ALTER TABLE plan ADD COLUMN extra_json TEXT"_s,
             u"ALTER TABLE plan ADD COLUMN document_extra_json TEXT"_s,
             u"ALTER TABLE items ADD COLUMN confidence TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE items ADD COLUMN value_basis TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE items ADD COLUMN extra_json TEXT"_s,
             u"UPDATE items SET targeted = NULL WHERE targeted = ''"_s,
             u"ALTER TABLE actions ADD COLUMN source TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE actions ADD COLUMN confidence TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE actions ADD COLUMN extra_json TEXT"_s,
             u"ALTER TABLE phases ADD COLUMN extra_json TEXT"_s,
             u"ALTER TABLE required_actions ADD COLUMN extra_json TEXT"_s,
             QLatin1StringView(kCreateV1[6])
                 .toString()
                 .replace(u"TABLE placements"_s, u"TABLE placements_v1"_s),
             u"INSERT INTO placements_v1 (phase_position, position, item_id, extent,"
             " start_month, end_month, escrow_share, escrow_agent, permitted_uses, snapback,"
             " note) SELECT phase_position, position, item_id, extent, start_month,"
             " CASE WHEN end_month < 0 THEN NULL ELSE end_month END, escrow_share,"
             " escrow_agent, permitted_uses, snapback, note FROM placements"_s,
             u"DROP TABLE placements"_s,
             u"ALTER TABLE placements_v1 RENAME TO placements"_s,
             QLatin1StringView(kCreateV1[7]).toString(),
         }},
        {1, // no items.variant_of: a variantOf was kept in extra_json, moved to it
         {u"ALTER TABLE items ADD COLUMN variant_of TEXT NOT NULL DEFAULT ''"_s,
          u"UPDATE items SET variant_of = extra_json->>'variantOf', extra_json = json_remove("
          "extra_json, '$.variantOf') WHERE json_valid(extra_json)"
          " AND json_type(extra_json, '$.variantOf') = 'text'"_s}},
        {2, // decisionAsked, valueQuantified and sources were kept in extra_json: moved out
         {u"ALTER TABLE plan ADD COLUMN decision_asked TEXT NOT NULL DEFAULT ''"_s,
          u"UPDATE plan SET decision_asked = extra_json->>'decisionAsked', extra_json = "
          u"json_remove("
          "extra_json, '$.decisionAsked') WHERE json_valid(extra_json)"
          " AND json_type(extra_json, '$.decisionAsked') = 'text'"_s,
          u"ALTER TABLE items ADD COLUMN value_quantified INTEGER NOT NULL DEFAULT 1"_s,
          u"UPDATE items SET value_quantified = json_type(extra_json, '$.valueQuantified') = "
          u"'true',"
          " extra_json = json_remove(extra_json, '$.valueQuantified') WHERE json_valid(extra_json)"
          " AND json_type(extra_json, '$.valueQuantified') IN ('true', 'false')"_s,
          QLatin1StringView(kCreateSources).toString(),
          u"INSERT INTO sources (position, source_id, title, publisher, year, url, extra_json)"
          " SELECT s.key, coalesce(s.value->>'id', ''), coalesce(s.value->>'title', ''),"
          " coalesce(s.value->>'publisher', ''), coalesce(s.value->>'year', ''),"
          " coalesce(s.value->>'url', ''), nullif(json_remove(s.value, '$.id', '$.title',"
          " '$.publisher', '$.year', '$.url'), '{}') FROM plan, json_each(plan.extra_json,"
          " '$.sources') AS s WHERE json_valid(plan.extra_json) AND json_type(s.value) = 'object'"_s,
          u"UPDATE plan SET extra_json = json_remove(extra_json, '$.sources')"
          " WHERE json_valid(extra_json) AND json_type(extra_json, '$.sources') = 'array'"_s}},
    };
    return list;
}

QStringList oldCreateStatements(int schemaVersion)
{
    if (schemaVersion < 0 || schemaVersion > 2)
        return {};
    QStringList statements;
    for (const char *sql : schemaVersion == 0 ? std::span<const char *const>(kCreateV0) : kCreateV1)
        statements.append(QLatin1StringView(sql).toString());
    if (schemaVersion == 2) // version 1 with items.variant_of
        statements[2].replace(u"value_basis TEXT NOT NULL, "_s,
                              u"value_basis TEXT NOT NULL, variant_of TEXT NOT NULL, "_s);
    return statements;
}

} // namespace tranche::planschema
