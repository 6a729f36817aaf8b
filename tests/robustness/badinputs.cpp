#include "badinputs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tranche::robustness {

namespace {

// Known defects of the readers (being fixed on the io and store branches).
constexpr const char *kLinkLoop =
    "store reader (h-store): a symbolic link loop to a .tranche file is reported as 'the file does "
    "not exist' instead of naming the loop (the JSON reader names it)";

QStringList words(const char *reasons)
{
    return QString::fromUtf8(reasons).split(u'|', Qt::SkipEmptyParts);
}

// `node` with the value at `path` replaced (nullopt: removed).
QJsonValue edited(const QJsonValue &node, QStringList path, const std::optional<QJsonValue> &value)
{
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = key.toInt();
        if (path.isEmpty() && !value)
            a.removeAt(i);
        else
            a[i] = path.isEmpty() ? *value : edited(a.at(i), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && !value)
        o.remove(key);
    else
        o[key] = path.isEmpty() ? *value : edited(o.value(key), path, value);
    return o;
}

// A valid plan with one field changed: at, the JSON text of the new value (nullptr: removed).
struct Edit
{
    const char *name, *at, *value, *pointer, *reasons, *defect = nullptr;
};

const Edit kEdits[] = {
    {"format-missing", "/format", nullptr, "/format", "required field is missing"},
    {"format-wrong", "/format", "\"tranche-profile\"", "/format", "must be \"tranche-plan\""},
    {"format-number", "/format", "1", "/format", "must be \"tranche-plan\""},
    {"version-missing", "/version", nullptr, "/version", "required field is missing"},
    {"version-2", "/version", "2", "/version", "version 2 is newer than this program reads (1)"},
    {"version-string", "/version", "\"1\"", "/version", "must be a number"},
    {"version-fraction", "/version", "1.5", "/version", "1.5"},
    {"version-0", "/version", "0", "/version", "unsupported version 0"},
    {"plan-missing", "/plan", nullptr, "/plan", "required field is missing"},
    {"plan-array", "/plan", "[]", "/plan", "must be an object"},
    {"plan-start-month-13", "/plan/start", "\"2026-13\"", "/plan/start",
     "must be a month written YYYY-MM (got \"2026-13\")"},
    {"plan-start-number", "/plan/start", "202607", "/plan/start", "must be a string"},
    {"plan-title-number", "/plan/title", "42", "/plan/title", "must be a string"},
    {"plan-reference-negative", "/plan/referenceValueUsd", "-1", "/plan/referenceValueUsd",
     "must be a number >= 0 (got -1)"},
    {"sources-duplicate-id", "/plan/sources", "[{\"id\":\"a\",\"title\":\"x\"},{\"id\":\"a\"}]",
     "/plan/sources/1/id", "duplicate source id \"a\" (first at /plan/sources/0)"},
    {"sources-id-pattern", "/plan/sources", "[{\"id\":\"a b\",\"title\":\"x\"}]",
     "/plan/sources/0/id", "must match [A-Za-z0-9._-]+ (got \"a b\")"},
    {"catalog-missing", "/catalog", nullptr, "/catalog", "required field is missing"},
    {"items-missing", "/catalog/items", nullptr, "/catalog/items", "required field is missing"},
    {"items-object", "/catalog/items", "{}", "/catalog/items", "must be an array"},
    {"phases-object", "/phases", "{}", "/phases", "must be an array"},
    {"item-id-missing", "/catalog/items/0/id", nullptr, "/catalog/items/0/id",
     "required field is missing"},
    {"item-id-pattern", "/catalog/items/0/id", "\"Coal Ban\"", "/catalog/items/0/id",
     "must match [a-z0-9._-]+ (got \"Coal Ban\")"},
    {"item-id-duplicate", "/catalog/items/1/id", "\"un-coal\"", "/catalog/items/1/id",
     "duplicate item id \"un-coal\" (first at /catalog/items/0)"},
    {"item-authority-missing", "/catalog/items/0/authority", nullptr, "/catalog/items/0/authority",
     "required field is missing"},
    {"item-authority-unknown", "/catalog/items/0/authority", "\"Martian\"",
     "/catalog/items/0/authority", "must be one of UN, US-statute, US-EO, FATF, other|\"Martian\""},
    {"item-authority-case", "/catalog/items/0/authority", "\"un\"", "/catalog/items/0/authority",
     "must be one of UN, US-statute, US-EO, FATF, other|(got \"un\")"},
    {"item-value-missing", "/catalog/items/0/annualValueUsd", nullptr,
     "/catalog/items/0/annualValueUsd", "required field is missing"},
    {"item-value-negative", "/catalog/items/0/annualValueUsd", "-5",
     "/catalog/items/0/annualValueUsd", "must be a number >= 0 (got -5)"},
    {"item-value-string", "/catalog/items/0/annualValueUsd", "\"1200000000\"",
     "/catalog/items/0/annualValueUsd", "must be a number"},
    {"item-reversibility-missing", "/catalog/items/0/reversibility", nullptr,
     "/catalog/items/0/reversibility", "required field is missing"},
    {"item-reversibility-unknown", "/catalog/items/0/reversibility", "\"never\"",
     "/catalog/items/0/reversibility", "must be one of easy, moderate, hard (got \"never\")"},
    {"item-targeted-unknown", "/catalog/items/0/targeted", "\"navy\"", "/catalog/items/0/targeted",
     "must be one of null, military, security, prison, human-rights, wmd, finance|\"navy\""},
    {"item-escrowable-string", "/catalog/items/0/escrowable", "\"yes\"",
     "/catalog/items/0/escrowable", "must be true or false"},
    {"item-variant-dangling", "/catalog/items/0/variantOf", "\"nowhere\"",
     "/catalog/items/0/variantOf", "unknown item \"nowhere\" (not in the catalog)"},
    {"item-variant-self", "/catalog/items/0/variantOf", "\"un-coal\"", "/catalog/items/0/variantOf",
     "must name another item, not the item itself"},
    {"action-id-duplicate", "/catalog/actions/1/id", "\"yongbyon\"", "/catalog/actions/1/id",
     "duplicate action id \"yongbyon\" (first at /catalog/actions/0)"},
    {"action-weight-missing", "/catalog/actions/0/weight", nullptr, "/catalog/actions/0/weight",
     "required field is missing"},
    {"action-weight-11", "/catalog/actions/0/weight", "11", "/catalog/actions/0/weight",
     "must be a number from 1 to 10 (got 11)"},
    {"action-weight-0", "/catalog/actions/0/weight", "0", "/catalog/actions/0/weight",
     "must be a number from 1 to 10 (got 0)"},
    {"action-completes-unknown", "/catalog/actions/0/completes", "[\"missiles\"]",
     "/catalog/actions/0/completes/0", "must be one of nuclear, icbm, wmd (got \"missiles\")"},
    {"action-completes-string", "/catalog/actions/0/completes", "\"nuclear\"",
     "/catalog/actions/0/completes", "must be an array"},
    {"phase-id-duplicate", "/phases/1/id", "\"p1\"", "/phases/1/id",
     "duplicate phase id \"p1\" (first at /phases/0)"},
    {"phase-kind-missing", "/phases/0/kind", nullptr, "/phases/0/kind",
     "required field is missing"},
    {"phase-kind-unknown", "/phases/0/kind", "\"Interim\"", "/phases/0/kind",
     "must be one of interim, final (got \"Interim\")"},
    {"phase-start-1201", "/phases/0/start", "1201", "/phases/0/start",
     "must be a whole number of months from 0 to 1200 (got 1201)"},
    {"phase-start-minus-1", "/phases/0/start", "-1", "/phases/0/start",
     "must be a whole number of months from 0 to 1200 (got -1)"},
    {"phase-start-fraction", "/phases/0/start", "2.5", "/phases/0/start",
     "must be a whole number of months from 0 to 1200 (got 2.5)"},
    {"phase-end-missing", "/phases/0/end", nullptr, "/phases/0/end", "required field is missing"},
    {"phase-end-before-start", "/phases/1/end", "5", "/phases/1/end", "end 5 is before start 6"},
    {"required-action-dangling", "/phases/0/actions/0/action", "\"nowhere\"",
     "/phases/0/actions/0/action", "unknown action \"nowhere\" (not in the catalog)"},
    {"required-action-month-1201", "/phases/0/actions/0/verifiedMonth", "1201",
     "/phases/0/actions/0/verifiedMonth",
     "must be a whole number of months from 0 to 1200 (got 1201)"},
    {"required-action-month-missing", "/phases/0/actions/0/verifiedMonth", nullptr,
     "/phases/0/actions/0/verifiedMonth", "required field is missing"},
    {"required-action-twice", "/phases/0/actions",
     "[{\"action\":\"freeze\",\"verifiedMonth\":2},{\"action\":\"freeze\",\"verifiedMonth\":3}]",
     "/phases/0/actions/1/action", "action \"freeze\" is already required by this phase"},
    {"relief-item-dangling", "/phases/0/reliefs/0/item", "\"nowhere\"", "/phases/0/reliefs/0/item",
     "unknown item \"nowhere\" (not in the catalog)"},
    {"relief-extent-1.5", "/phases/0/reliefs/0/extent", "1.5", "/phases/0/reliefs/0/extent",
     "must be a number from 0 to 1 (got 1.5)"},
    {"relief-extent-negative", "/phases/0/reliefs/0/extent", "-0.1", "/phases/0/reliefs/0/extent",
     "must be a number from 0 to 1 (got -0.1)"},
    {"relief-escrow-share-2", "/phases/0/reliefs/0/escrowShare", "2",
     "/phases/0/reliefs/0/escrowShare", "must be a number from 0 to 1 (got 2)"},
    {"relief-end-before-start", "/phases/0/reliefs/0/end", "2", "/phases/0/reliefs/0/end",
     "end 2 is before start 3"},
    {"relief-start-missing", "/phases/0/reliefs/0/start", nullptr, "/phases/0/reliefs/0/start",
     "required field is missing"},
    {"relief-start-minus-1", "/phases/0/reliefs/0/start", "-1", "/phases/0/reliefs/0/start",
     "must be a whole number of months from 0 to 1200 (got -1)"},
    {"relief-snapback-number", "/phases/0/reliefs/0/snapback", "1", "/phases/0/reliefs/0/snapback",
     "must be true or false"},
};

// A valid plan's compact text with one piece replaced (from nullptr: the whole text).
struct Replace
{
    const char *name, *from, *to, *pointer, *reasons, *defect = nullptr;
};

const Replace kReplaces[] = {
    {"empty", nullptr, "", "", "the document is empty"},
    {"whitespace-only", nullptr, " \n\t ", "", "the document is empty"},
    {"top-level-string", nullptr, "\"tranche-plan\"", "",
     "must be a JSON object (the document is a string, not an object)"},
    {"top-level-null", nullptr, "null", "",
     "must be a JSON object (the document is null, not an object)"},
    {"top-level-number", nullptr, "1", "",
     "must be a JSON object (the document is a number, not an object)"},
    {"top-level-array", nullptr, "[]", "", "must be a JSON object"},
    {"leading-zero-version", "\"version\":1", "\"version\":01", "/version",
     "number 01 has a leading zero, which JSON does not allow"},
    {"leading-zero-month", "\"start\":0}", "\"start\":00}", "/phases/0/start",
     "number 00 has a leading zero, which JSON does not allow"},
    {"raw-tab", "\"Test plan\"", "\"Test\tplan\"", "/plan/title",
     "a string holds a raw control character (U+0009)"},
    {"raw-newline", "\"Test plan\"", "\"Test\nplan\"", "/plan/title",
     "a string holds a raw control character (U+000A)"},
    {"raw-escape", "\"Test plan\"", "\"Test\x1b[2Jplan\"", "/plan/title",
     "a string holds a raw control character (U+001B)"},
    {"invalid-utf8", "Test plan", "Test \xff\xfe plan", "", "not valid JSON|invalid UTF8 string"},
    {"overlong-utf8", "Test plan", "Test \xc0\xaf plan", "", "not valid JSON|invalid UTF8 string"},
    {"beyond-double", "1200000000", "1e400", "/catalog/items/0/annualValueUsd",
     "number 1e400 is beyond the range of a double"},
    {"beyond-double-negative", "1200000000", "-1e400", "/catalog/items/0/annualValueUsd",
     "number -1e400 is beyond the range of a double"},
    {"huge-exponent", "1200000000", "1e999999999999", "/catalog/items/0/annualValueUsd",
     "beyond the range of a double"},
    {"nan", "1200000000", "NaN", "", "not valid JSON|illegal number"},
    {"infinity", "1200000000", "Infinity", "", "not valid JSON|illegal number"},
    {"trailing-garbage", "\"version\":1}", "\"version\":1} x", "",
     "not valid JSON|garbage at the end of the document"},
    {"trailing-comma", "\"version\":1}", "\"version\":1,}", "", "not valid JSON"},
    {"single-quotes", "\"Test plan\"", "'Test plan'", "", "not valid JSON"},
    {"comment", "{\"catalog\"", "// plan\n{\"catalog\"", "", "not valid JSON"},
    {"unterminated-string", "\"Test plan\"", "\"Test plan", "", "not valid JSON"},
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A damaged copy of the valid store: these statements (one a line) run on it.
struct StoreEdit
{
    const char *name, *sql, *pointer, *reasons, *defect = nullptr;
};

const StoreEdit kStoreEdits[] = {
    {"store-view", "CREATE VIEW v AS SELECT * FROM items", "", "view v"},
    {"store-trigger", "CREATE TRIGGER t AFTER INSERT ON items BEGIN DELETE FROM items; END", "",
     "trigger t"},
    {"store-generated-column",
     "ALTER TABLE items ADD COLUMN doubled REAL GENERATED ALWAYS AS (annual_value_usd * 2)", "",
     "its table items is not defined as Tranche defines it"},
    {"store-generated-table", "CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a + 1))",
     "", "it contains table g, which a Tranche plan never has"},
    {"store-fts5", "CREATE VIRTUAL TABLE f USING fts5(body)", "",
     "it contains virtual table f, table f_data|which a Tranche plan never has"},
    {"store-no-plan-table", "DROP TABLE plan", "", "the table plan is missing"},
    {"store-no-meta-table", "DROP TABLE tranche_meta", "", "the table tranche_meta is missing"},
    {"store-not-a-plan", "UPDATE tranche_meta SET value = 'other' WHERE key = 'application'", "",
     "not a Tranche plan"},
    {"store-schema-99",
     "UPDATE tranche_meta SET value = '99' WHERE key = 'schema_version'\nPRAGMA user_version = 99",
     "", "newer Tranche|schema 99"},
    {"store-enum-unknown", "UPDATE items SET authority = 'Martian' WHERE position = 0", "",
     "authority|Martian"},
    {"store-wrong-type", "UPDATE items SET annual_value_usd = 'lots' WHERE position = 0", "",
     "annual_value_usd|expected a number"},
    {"store-dangling-item", "UPDATE placements SET item_id = 'nowhere'", "/phases/0/reliefs/0/item",
     "unknown item \"nowhere\" (not in the catalog)"},
    {"store-duplicate-ids", "UPDATE items SET item_id = 'un-coal'", "/catalog/items/1/id",
     "duplicate item id \"un-coal\""},
    {"store-month-1201", "UPDATE phases SET start_month = 1201 WHERE position = 0",
     "/phases/0/start", "must be a whole number of months from 0 to 1200 (got 1201)"},
    {"store-month-minus-1", "UPDATE placements SET start_month = -1", "/phases/0/reliefs/0/start",
     "must be a whole number of months from 0 to 1200 (got -1)"},
    {"store-end-before-start", "UPDATE phases SET end_month = 1 WHERE position = 1",
     "/phases/1/end", "end 1 is before start 6"},
    {"store-two-plan-rows",
     "PRAGMA ignore_check_constraints = 1\nINSERT INTO plan (id, title, counterpart, start, "
     "classification, profile, decision_asked) VALUES (2, 'x', 'y', '2026-01', 'U', 'strict', '')",
     "", "SQLite's integrity check reports: CHECK constraint failed in plan"},
};

QString runSql(const QString &path, const QString &statements)
{
    const QString connection = u"badinputs:"_s + path;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        const QStringList list = statements.split(u'\n');
        for (const QString &sql : list) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                error = sql + u": "_s + q.lastError().text();
                break;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

struct Writer
{
    QDir dir;
    QList<BadInput> inputs;
    QString error;

    void add(const char *name, const QString &suffix, const QByteArray &bytes, const char *pointer,
             const char *reasons, const char *defect = nullptr)
    {
        const QString path = dir.filePath(QString::fromUtf8(name) + suffix);
        if (!bytes.isNull() && !writeFile(path, bytes))
            error = u"cannot write "_s + path;
        inputs.append(
            {QString::fromUtf8(name), path, QString::fromUtf8(pointer), words(reasons), defect});
    }
};

void addJsonInputs(Writer &w, const QByteArray &baseJson)
{
    const QJsonObject base = QJsonDocument::fromJson(baseJson).object();
    const QByteArray compact = QJsonDocument(base).toJson(QJsonDocument::Compact);
    for (const Edit &e : kEdits) {
        std::optional<QJsonValue> value;
        if (e.value)
            value = QJsonDocument::fromJson("[" + QByteArray(e.value) + "]").array().at(0);
        const QStringList path = QString::fromUtf8(e.at).split(u'/', Qt::SkipEmptyParts);
        const QJsonObject plan = edited(base, path, value).toObject();
        w.add(e.name, u".json"_s, QJsonDocument(plan).toJson(QJsonDocument::Compact), e.pointer,
              e.reasons, e.defect);
    }
    for (const Replace &r : kReplaces) {
        QByteArray text = r.from ? compact : QByteArray(r.to);
        if (r.from && !text.contains(r.from))
            w.error = u"%1: no \"%2\" in the base plan"_s.arg(QString::fromUtf8(r.name),
                                                              QString::fromUtf8(r.from));
        if (r.from)
            text.replace(r.from, r.to);
        w.add(r.name, u".json"_s, text, r.pointer, r.reasons, r.defect);
    }
    QByteArray nul = compact;
    nul.replace("Test plan", QByteArray("Test\0plan", 9));
    w.add("raw-nul", u".json"_s, nul, "/plan/title",
          "a string holds a raw control character (U+0000)");
    const QString text = QString::fromUtf8(compact);
    w.add("utf16le-bom", u".json"_s,
          QByteArray("\xff\xfe") +
              QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
          "", "the file is UTF-16|a plan must be UTF-8");
    QByteArray be;
    for (const QChar c : text)
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    w.add("utf16be-bom", u".json"_s, QByteArray("\xfe\xff") + be, "",
          "the file is UTF-16|a plan must be UTF-8");
    QByteArray deep = compact;
    deep.replace("\"Test plan\"", QByteArray(100000, '[') + QByteArray(100000, ']'));
    w.add("deep-arrays-100k", u".json"_s, deep, "",
          "/plan/title/0/0/0/0/|arrays and objects nested more than 1000 deep (the limit)");
    deep = compact;
    deep.replace("\"Test plan\"",
                 QByteArray("{\"a\":").repeated(100000) + "1" + QByteArray(100000, '}'));
    w.add("deep-objects-100k", u".json"_s, deep, "",
          "/plan/title/a/a/a/a/|arrays and objects nested more than 1000 deep (the limit)");
    w.add("truncated", u".json"_s, compact.left(compact.size() / 2), "", "not valid JSON");
}

void addStoreInputs(Writer &w, const QByteArray &baseJson, const QString &validStore)
{
    QFile store(validStore);
    const QByteArray bytes = store.open(QIODevice::ReadOnly) ? store.readAll() : QByteArray();
    if (bytes.isEmpty())
        w.error = u"cannot read "_s + validStore;
    w.add("store-zero-bytes", u".tranche"_s, QByteArray(""), "", "empty (0 bytes)");
    w.add("store-text", u".tranche"_s, "hello\n", "", "not a SQLite database");
    w.add("store-json", u".tranche"_s, baseJson, "", "not a SQLite database");
    w.add("store-truncated-header", u".tranche"_s, bytes.left(50), "", "truncated|50 bytes");
    w.add("store-truncated-half", u".tranche"_s, bytes.left(bytes.size() / 2), "", "truncated");
    w.add("sqlite-in-json", u".json"_s, bytes, "", "not valid JSON");
    for (const StoreEdit &e : kStoreEdits) {
        w.add(e.name, u".tranche"_s, bytes, e.pointer, e.reasons, e.defect);
        // The edit stands for a file another program wrote: no content checksum
        // (as files saved before it had), so that the reader's own checks refuse it.
        const QString error = runSql(w.inputs.last().path,
                                     u"DELETE FROM tranche_meta WHERE key = 'content_sha256'\n"_s +
                                         QString::fromUtf8(e.sql));
        if (!error.isEmpty())
            w.error = QString::fromUtf8(e.name) + u": "_s + error;
    }
}

void addFileInputs(Writer &w)
{
    for (const QString &suffix : {u".json"_s, u".tranche"_s}) {
        const QByteArray s = suffix.toUtf8();
        w.add(("missing" + s).constData(), {}, QByteArray(), "", "does not exist");
        w.add(("folder" + s).constData(), {}, QByteArray(), "",
              suffix == ".json"_L1 ? "not a file (a folder or a device)" : "it is a folder");
        w.dir.mkdir(w.inputs.last().name);
        w.add(("link-loop" + s).constData(), {}, QByteArray(), "",
              "the file is a symbolic link that loops", suffix == ".json"_L1 ? nullptr : kLinkLoop);
        const QString loop = w.inputs.last().path;
        if (!QFile::link(loop + u".b"_s, loop) || !QFile::link(loop, loop + u".b"_s))
            w.error = u"cannot make the link loop "_s + loop;
    }
}

} // namespace

std::optional<QList<BadInput>> writeBadInputs(const QString &folder, const QByteArray &baseJson,
                                              const QString &validStore, QString *error)
{
    Writer w;
    w.dir = QDir(folder);
    if (!w.dir.mkpath(u"."_s)) {
        *error = u"cannot make "_s + folder;
        return std::nullopt;
    }
    addJsonInputs(w, baseJson);
    addStoreInputs(w, baseJson, validStore);
    addFileInputs(w);
    if (!w.error.isEmpty()) {
        *error = w.error;
        return std::nullopt;
    }
    return w.inputs;
}

} // namespace tranche::robustness
