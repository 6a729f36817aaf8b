#pragma once
// Malformed .tranche files, built at run time from a valid saved plan, one for
// each defect of the store that a file can carry: SQL of its own in the schema
// (generated column, CHECK and DEFAULT expressions, expression index, virtual
// tables, view, trigger), tables or keys Tranche never writes, content changed
// after saving (checksum), and files over the row and text limits. Each comes
// with a fragment of the message that refuses it. Shared by the store's tests
// and the malformed-input suite:
//     for (const badstores::BadStore &bad : badstores::malformedStores(dir.path()))
//         write bad.bytes to a .tranche file, load it, expect bad.expected in the refusal.

#include "io/planlimits.h"
#include "io/planstore.h"
#include "support/planstoretestdata.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

namespace badstores {

using namespace Qt::StringLiterals;

struct BadStore
{
    QString name;     // a row name for data-driven tests
    QByteArray bytes; // the whole .tranche file
    QString expected; // a fragment of the refusal message
};

// Statements that swap `table` for one created by `createSql`, keeping the rows
// of the columns both have (`columns`).
inline QStringList replaceTable(const QString &table, const QString &createSql,
                                const QString &columns)
{
    return {u"ALTER TABLE %1 RENAME TO old_%1"_s.arg(table), createSql,
            u"INSERT INTO %1 (%2) SELECT %2 FROM old_%1"_s.arg(table, columns),
            u"DROP TABLE old_%1"_s.arg(table)};
}

// An expression that makes a string of `bytes` bytes each time it runs.
inline QString bigString(int bytes)
{
    return u"printf('%.*c', %1, 'x')"_s.arg(bytes);
}

struct Recipe
{
    QString name;
    QStringList sql;
    QString expected;
    bool keepChecksum = false; // leave the saved checksum (the row changes data only)
};

inline QList<Recipe> recipes()
{
    const QString placementColumns =
        u"phase_position, position, item_id, extent, start_month, end_month, escrow_share,"
        " escrow_agent, permitted_uses, snapback, extra_json"_s;
    const QString generatedNote =
        u"CREATE TABLE placements (phase_position INTEGER NOT NULL, position INTEGER NOT NULL,"
        " item_id TEXT NOT NULL, extent REAL NOT NULL, start_month INTEGER NOT NULL,"
        " end_month INTEGER, escrow_share REAL NOT NULL, escrow_agent TEXT NOT NULL,"
        " permitted_uses TEXT NOT NULL, snapback INTEGER NOT NULL, note TEXT GENERATED ALWAYS"
        " AS (%1) VIRTUAL, extra_json TEXT, PRIMARY KEY (phase_position, position))"_s.arg(
            bigString(1000000));
    const QString defaultDate =
        u"CREATE TABLE waivers (position INTEGER PRIMARY KEY, rule TEXT NOT NULL,"
        " phase_id TEXT NOT NULL, item_id TEXT NOT NULL, justification TEXT NOT NULL,"
        " author TEXT NOT NULL, date TEXT DEFAULT (substr(%1, 1, 0) || '2026-01-31'))"_s.arg(
            bigString(1000000));
    const QString checkedMeta =
        u"CREATE TABLE tranche_meta (key TEXT PRIMARY KEY NOT NULL,"
        " value TEXT NOT NULL CHECK (length(%1) > 0))"_s.arg(bigString(1000000));
    const QString tableDiffers = u"is not defined as Tranche defines it"_s;
    QList<Recipe> list = {
        {u"generated column"_s, replaceTable(u"placements"_s, generatedNote, placementColumns),
         u"its table placements "_s + tableDiffers},
        {u"added generated column"_s,
         {u"ALTER TABLE placements ADD COLUMN big TEXT GENERATED ALWAYS AS (%1) VIRTUAL"_s.arg(
             bigString(1000000))},
         u"its table placements "_s + tableDiffers},
        {u"check expression"_s,
         {u"ALTER TABLE items ADD COLUMN c INTEGER CHECK (length(%1) > 0)"_s.arg(
             bigString(1000000))},
         u"its table items "_s + tableDiffers},
        {u"default expression"_s,
         replaceTable(u"waivers"_s, defaultDate,
                      u"position, rule, phase_id, item_id, justification, author"_s),
         u"its table waivers "_s + tableDiffers},
        {u"expression index"_s,
         {u"CREATE INDEX big ON placements (%1)"_s.arg(
             bigString(1000).replace(u"'x'"_s, u"note"_s))},
         u"it contains index big, which a Tranche plan never has"_s},
        {u"fts5 table"_s,
         {u"CREATE VIRTUAL TABLE notes USING fts5(note)"_s,
          u"INSERT INTO notes SELECT note FROM placements"_s},
         u"it contains virtual table notes"_s},
        {u"virtual table in place of a table"_s,
         {u"DROP TABLE waivers"_s,
          u"CREATE VIRTUAL TABLE waivers USING fts4(position, rule, phase_id, item_id,"
          " justification, author, date)"_s},
         u"virtual table waivers"_s},
        {u"rtree table"_s,
         {u"CREATE VIRTUAL TABLE boxes USING rtree(id, x0, x1)"_s},
         u"it contains virtual table boxes"_s},
        {u"view"_s, {u"CREATE VIEW v AS SELECT 1"_s}, u"it contains SQL code (view v)"_s},
        {u"trigger"_s,
         {u"CREATE TRIGGER t AFTER UPDATE ON plan BEGIN DELETE FROM items; END"_s},
         u"it contains SQL code (trigger t)"_s},
        {u"extra table"_s,
         {u"CREATE TABLE notes (text TEXT)"_s},
         u"it contains table notes, which a Tranche plan never has"_s},
        {u"checked tranche_meta"_s, replaceTable(u"tranche_meta"_s, checkedMeta, u"key, value"_s),
         u"its table tranche_meta is not one Tranche writes"_s},
        {u"unknown tranche_meta key"_s,
         {u"INSERT INTO tranche_meta VALUES ('macro', 'x')"_s},
         u"tranche_meta has an unknown key \u201cmacro\u201d"_s},
        {u"text changed after saving"_s,
         {u"UPDATE placements SET note = 'changed' WHERE phase_position = 0 AND position = 0"_s},
         u"does not match the checksum saved with it"_s,
         true},
        {u"too many phases"_s,
         {u"INSERT INTO phases (position, phase_id, name, kind, start_month, end_month)"
          " WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
          " SELECT i, 'x' || i, '', 'final', 0, 0 FROM n"_s.arg(
              tranche::planLimit(tranche::PlanLimit::Phases) + 100)},
         u"table phases: more than %1 phases (the limit)"_s.arg(
             tranche::planLimit(tranche::PlanLimit::Phases))},
        {u"text over the limit"_s,
         {u"UPDATE placements SET note = %1 WHERE phase_position = 0 AND position = 0"_s.arg(
             bigString(int(tranche::planLimit(tranche::PlanLimit::StringLength)) + 1))},
         u"table placements, row 1, column note: a string longer than %1 characters"_s.arg(
             tranche::planLimit(tranche::PlanLimit::StringLength))},
    };
    return list;
}

// Builds every malformed file in workDir (a folder the caller owns and removes).
inline QList<BadStore> malformedStores(const QString &workDir)
{
    QList<BadStore> stores;
    int n = 0;
    for (const Recipe &recipe : recipes()) {
        const QString path = workDir + u"/bad-%1.tranche"_s.arg(++n);
        if (!tranche::savePlanFile(planstoretest::richPlan(), path).isEmpty())
            return {};
        QStringList sql = recipe.sql;
        if (!recipe.keepChecksum) // as a file of a version without checksums
            sql.prepend(u"DELETE FROM tranche_meta WHERE key = 'content_sha256'"_s);
        if (!planstoretest::execSql(path, sql).isEmpty())
            return {};
        stores.append({recipe.name, planstoretest::readAll(path), recipe.expected});
        QFile::remove(path);
    }
    return stores;
}

} // namespace badstores
