#pragma once
// The schemas of .tranche files before the current one, exactly as Tranche
// created them, and the migrations from each to the next (planschema.h
// declares migrations()). Frozen: a file is checked against these texts.

#include "io/planschema.h"

namespace tranche::planschema {

// The table of plan.sources, new in schema version 3 (created as written here).
inline constexpr char kCreateSources[] =
    "CREATE TABLE sources (position INTEGER PRIMARY KEY, source_id TEXT NOT NULL,"
    " title TEXT NOT NULL, publisher TEXT NOT NULL, year TEXT NOT NULL, url TEXT NOT NULL,"
    " extra_json TEXT)";

// The CREATE TABLE statements of schema versions 0 to 2 (empty for any other).
QStringList oldCreateStatements(int schemaVersion);

} // namespace tranche::planschema
