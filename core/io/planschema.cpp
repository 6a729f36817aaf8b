#include "io/planschema.h"

#include "io/planfields.h"
#include "io/planschemahistory.h"
#include "io/planstore.h"
#include "io/sqliteconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>
#include <functional>
#include <limits>
#include <type_traits>
#include <variant>

using namespace Qt::StringLiterals;

namespace tranche::planschema {

namespace {

// The SQL type of a field's column, by the type of the member it fills.
template <typename T> QString sqlType(const planfields::Field<T> &f)
{
    return std::visit(
        [&](auto member) -> QString {
            using M = decltype(member);
            if constexpr (std::is_same_v<M, std::monostate>)
                return f.customSql;
            else if constexpr (std::is_same_v<M, QString T::*>)
                return u"TEXT NOT NULL"_s;
            else if constexpr (std::is_same_v<M, double T::*>)
                return u"REAL NOT NULL"_s;
            else if constexpr (std::is_same_v<M, std::optional<double> T::*>)
                return u"REAL"_s;
            else if constexpr (std::is_same_v<M, std::optional<int> T::*>)
                return u"INTEGER"_s;
            else
                return u"INTEGER NOT NULL"_s; // bool and int
        },
        f.member);
}

// The columns of a table's fields: "name TYPE, ..." with types, else "name, ...".
template <typename T, std::size_t N>
QString columns(const std::array<planfields::Field<T>, N> &table, bool withTypes)
{
    QStringList out;
    for (const planfields::Field<T> &f : table)
        out.append(withTypes ? f.column + u' ' + sqlType(f) : QString(f.column));
    return out.join(u", "_s);
}

// CREATE TABLE name (head, the fields' columns, tail).
template <typename T, std::size_t N>
QString createTable(QLatin1StringView name, QLatin1StringView head,
                    const std::array<planfields::Field<T>, N> &table, QLatin1StringView tail)
{
    return u"CREATE TABLE "_s + name + u" ("_s + head + u", "_s + columns(table, true) + u", "_s +
           tail + u')';
}

// The current schema (version 3). Lists keep their order in a "position" column; free-form
// fields the format does not know are kept as a JSON object text in extra_json (NULL when
// empty). Enumerations are stored as the interchange strings. The columns of the format's
// fields come from planfields.h.
const QStringList &createCurrent()
{
    static const QStringList statements = {
        u"CREATE TABLE tranche_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        createTable("plan"_L1, "id INTEGER PRIMARY KEY CHECK (id = 1)"_L1, planfields::kMeta,
                    "extra_json TEXT, document_extra_json TEXT"_L1),
        createTable("items"_L1, "position INTEGER PRIMARY KEY"_L1, planfields::kItem,
                    "extra_json TEXT"_L1),
        createTable("actions"_L1, "position INTEGER PRIMARY KEY"_L1, planfields::kAction,
                    "extra_json TEXT"_L1),
        createTable("phases"_L1, "position INTEGER PRIMARY KEY"_L1, planfields::kPhase,
                    "extra_json TEXT"_L1),
        createTable("required_actions"_L1,
                    "phase_position INTEGER NOT NULL, position INTEGER NOT NULL"_L1,
                    planfields::kRequiredAction,
                    "extra_json TEXT, PRIMARY KEY (phase_position, position)"_L1),
        createTable(
            "placements"_L1, "phase_position INTEGER NOT NULL, position INTEGER NOT NULL"_L1,
            planfields::kPlacement, "extra_json TEXT, PRIMARY KEY (phase_position, position)"_L1),
        u"CREATE TABLE waivers (position INTEGER PRIMARY KEY, "_s +
            columns(planfields::kWaiver, true) + u')',
        QLatin1StringView(kCreateSources).toString(),
    };
    return statements;
}

// SQLite text never NULL: Qt binds a null QString as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant boolean(bool b)
{
    return QVariant(b ? 1 : 0);
}

QVariant jsonText(const QJsonObject &o)
{
    if (o.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QString programsText(Programs programs)
{
    QStringList names;
    for (Program p : {Program::Nuclear, Program::Icbm, Program::Wmd}) {
        if (programs.testFlag(p))
            names.append(toString(p));
    }
    return names.join(u',');
}

// A prepared INSERT run once per row; refuses NaN, which SQLite would store as NULL.
class Inserter
{
public:
    Inserter(const SqliteConnection &db, const char *table, const QString &columns)
        : m_query(db.database()), m_table(QLatin1StringView(table))
    {
        QStringList marks;
        for (qsizetype i = 0, n = columns.count(u',') + 1; i < n; ++i)
            marks.append(u"?"_s);
        m_prepared = m_query.prepare(
            u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(m_table, columns, marks.join(u',')));
        if (!m_prepared)
            m_error = m_query.lastError().text();
    }

    bool insert(const QVariantList &values)
    {
        ++m_row;
        if (!m_prepared)
            return false;
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (v.typeId() == QMetaType::Double && std::isnan(v.toDouble())) {
                m_error = QCoreApplication::translate(
                              "tranche", "table %1, row %2: a value is not a number (NaN)")
                              .arg(m_table)
                              .arg(m_row);
                return false;
            }
            m_query.bindValue(i, v);
        }
        if (!m_query.exec()) {
            m_error = QCoreApplication::translate("tranche", "table %1, row %2: %3")
                          .arg(m_table)
                          .arg(m_row)
                          .arg(m_query.lastError().text());
            return false;
        }
        return true;
    }
    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_table;
    QString m_error;
    bool m_prepared = false;
    int m_row = 0;
};

// Reads the columns of the current row of a query, checking each value's SQL
// type strictly; remembers the first problem with its table, row and column.
class RowReader
{
public:
    RowReader(QSqlQuery &query, const char *table) : m_query(query), m_table(table) {}

    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        if (!m_query.next()) {
            // A read error ends the rows too: tell it from the end of the table.
            if (m_query.lastError().isValid()) {
                m_error = QCoreApplication::translate("tranche", "table %1, after row %2: %3")
                              .arg(QLatin1StringView(m_table))
                              .arg(m_row)
                              .arg(m_query.lastError().text());
            }
            return false;
        }
        ++m_row;
        return true;
    }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(int column, const QString &why)
    {
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("tranche", "table %1, row %2, column %3: %4")
                          .arg(QLatin1StringView(m_table))
                          .arg(m_row)
                          .arg(m_query.record().fieldName(column), why);
        }
    }
    void failRow(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("tranche", "table %1, row %2: %3")
                          .arg(QLatin1StringView(m_table))
                          .arg(m_row)
                          .arg(why);
    }

    bool isNull(int c) const { return m_query.value(c).isNull(); }

    QString text(int c)
    {
        const QVariant v = m_query.value(c);
        if (v.isNull() || v.typeId() != QMetaType::QString) {
            fail(c, QCoreApplication::translate("tranche", "expected text"));
            return {};
        }
        return v.toString();
    }
    qint64 integer(int c, qint64 min = std::numeric_limits<int>::min(),
                   qint64 max = std::numeric_limits<int>::max())
    {
        const QVariant v = m_query.value(c);
        if (v.isNull() || (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int)) {
            fail(c, QCoreApplication::translate("tranche", "expected a whole number"));
            return 0;
        }
        const qint64 n = v.toLongLong();
        if (n < min || n > max) {
            fail(c, QCoreApplication::translate("tranche", "%1 is out of range").arg(n));
            return 0;
        }
        return n;
    }
    std::optional<int> optionalInteger(int c)
    {
        if (isNull(c))
            return std::nullopt;
        return int(integer(c));
    }
    bool boolean(int c)
    {
        const QVariant v = m_query.value(c);
        if (v.isNull() || (v.typeId() != QMetaType::LongLong && v.typeId() != QMetaType::Int) ||
            (v.toLongLong() != 0 && v.toLongLong() != 1)) {
            fail(c, QCoreApplication::translate("tranche", "expected 0 or 1"));
            return false;
        }
        return v.toLongLong() == 1;
    }
    double real(int c)
    {
        const QVariant v = m_query.value(c);
        if (v.typeId() == QMetaType::Double && !v.isNull())
            return v.toDouble();
        if ((v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) && !v.isNull())
            return double(v.toLongLong());
        fail(c, QCoreApplication::translate("tranche", "expected a number"));
        return 0;
    }
    std::optional<double> optionalReal(int c)
    {
        if (isNull(c))
            return std::nullopt;
        return real(c);
    }
    QJsonObject json(int c)
    {
        if (isNull(c))
            return {};
        const QString s = text(c);
        if (failed())
            return {};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(s.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(c, QCoreApplication::translate("tranche", "expected a JSON object"));
            return {};
        }
        return doc.object();
    }
    template <typename E> E enumeration(int c, std::optional<E> (*parse)(const QString &))
    {
        const QString s = text(c);
        if (failed())
            return E{};
        const std::optional<E> e = parse(s);
        if (!e) {
            fail(c, QCoreApplication::translate("tranche", "unknown value \u201c%1\u201d").arg(s));
            return E{};
        }
        return *e;
    }
    Programs programs(int c)
    {
        Programs result;
        const QString s = text(c);
        for (const QString &name : s.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<Program> p = programFromString(name);
            if (!p) {
                fail(c, QCoreApplication::translate("tranche", "unknown program \u201c%1\u201d")
                            .arg(name));
                return {};
            }
            result |= *p;
        }
        return result;
    }
    QDate date(int c)
    {
        if (isNull(c))
            return {};
        const QString s = text(c);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!failed() && !d.isValid())
            fail(c, QCoreApplication::translate("tranche", "expected a date YYYY-MM-DD"));
        return d;
    }

private:
    QSqlQuery &m_query;
    const char *m_table;
    QString m_error;
    int m_row = 0;
};

// The values of v's fields in table order; custom(key) gives a Custom field's.
template <typename T, std::size_t N, typename Custom>
QVariantList fieldValues(const std::array<planfields::Field<T>, N> &table, const T &v,
                         Custom custom)
{
    QVariantList out;
    for (const planfields::Field<T> &f : table) {
        out.append(std::visit(
            [&](auto member) -> QVariant {
                using M = decltype(member);
                if constexpr (std::is_same_v<M, std::monostate>)
                    return custom(f.key);
                else if constexpr (std::is_same_v<M, QString T::*>)
                    return text(v.*member);
                else if constexpr (std::is_same_v<M, bool T::*>)
                    return boolean(v.*member);
                else if constexpr (std::is_same_v<M, std::optional<double> T::*>)
                    return v.*member ? QVariant(*(v.*member))
                                     : QVariant(QMetaType::fromType<double>());
                else if constexpr (std::is_same_v<M, std::optional<int> T::*>)
                    return v.*member ? QVariant(*(v.*member))
                                     : QVariant(QMetaType::fromType<int>());
                else
                    return QVariant(v.*member); // double, int
            },
            f.member));
    }
    return out;
}

// Reads the fields of table from the columns first.. of r's row into out;
// custom(key, column) reads a Custom field.
template <typename T, std::size_t N, typename Custom>
void readFields(RowReader &r, int first, const std::array<planfields::Field<T>, N> &table, T &out,
                Custom custom)
{
    for (std::size_t i = 0; i < N; ++i) {
        const int c = first + int(i);
        std::visit(
            [&](auto member) {
                using M = decltype(member);
                if constexpr (std::is_same_v<M, std::monostate>)
                    custom(table[i].key, c);
                else if constexpr (std::is_same_v<M, QString T::*>)
                    out.*member = r.text(c);
                else if constexpr (std::is_same_v<M, double T::*>)
                    out.*member = r.real(c);
                else if constexpr (std::is_same_v<M, std::optional<double> T::*>)
                    out.*member = r.optionalReal(c);
                else if constexpr (std::is_same_v<M, bool T::*>)
                    out.*member = r.boolean(c);
                else if constexpr (std::is_same_v<M, int T::*>)
                    out.*member = int(r.integer(c));
                else
                    out.*member = r.optionalInteger(c);
            },
            table[i].member);
    }
}

void noCustomRead(QLatin1StringView, int) {}

// Runs the SELECT sql on table and calls row(r) for each row. False with
// *error set when the query or a value fails.
template <typename Row>
bool readRows(const SqliteConnection &db, const char *table, const QString &sql, QString *error,
              Row row)
{
    QSqlQuery q(db.database());
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        *error = QCoreApplication::translate("tranche", "table %1: %2")
                     .arg(QLatin1StringView(table), q.lastError().text());
        return false;
    }
    RowReader r(q, table);
    while (r.next())
        row(r);
    if (r.failed()) {
        *error = r.error();
        return false;
    }
    return true;
}

// Any position of a list table: a 64-bit whole number.
qint64 position(RowReader &r, int column)
{
    return r.integer(column, std::numeric_limits<qint64>::min(),
                     std::numeric_limits<qint64>::max());
}

QVariant noCustomValue(QLatin1StringView)
{
    return {};
}

// The rows of one list of the plan: key columns (positions), the fields, the extra JSON.
template <typename T, std::size_t N> struct ListInserter : Inserter
{
    ListInserter(const SqliteConnection &db, const char *table, const QString &keys,
                 const std::array<planfields::Field<T>, N> &fields)
        : Inserter(db, table, keys + columns(fields, false) + u", extra_json"_s), fields(fields)
    {}
    bool insert(const QVariantList &keys, const T &v, auto custom)
    {
        return Inserter::insert(keys + fieldValues(fields, v, custom) +
                                QVariantList{jsonText(v.extra)});
    }
    const std::array<planfields::Field<T>, N> &fields;
};

QString writeCatalog(const SqliteConnection &db, const Catalog &catalog)
{
    ListInserter items(db, "items", u"position, "_s, planfields::kItem);
    for (int i = 0; i < catalog.items.size(); ++i) {
        const SanctionsItem &it = catalog.items.at(i);
        const auto custom = [&it](QLatin1StringView key) -> QVariant {
            if (key == "authority"_L1)
                return toString(it.authority);
            if (key == "reversibility"_L1)
                return toString(it.reversibility);
            if (key == "variantOf"_L1)
                return text(it.variantOf);
            return it.targeted == Targeted::None ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(toString(it.targeted));
        };
        if (!items.insert({i}, it, custom))
            return items.error();
    }
    ListInserter actions(db, "actions", u"position, "_s, planfields::kAction);
    for (int i = 0; i < catalog.actions.size(); ++i) {
        const CounterpartAction &a = catalog.actions.at(i);
        const auto completes = [&a](QLatin1StringView) { return text(programsText(a.completes)); };
        if (!actions.insert({i}, a, completes))
            return actions.error();
    }
    return {};
}

QString writePhases(const SqliteConnection &db, const QList<Phase> &phases)
{
    ListInserter rows(db, "phases", u"position, "_s, planfields::kPhase);
    const QString inPhase = u"phase_position, position, "_s;
    ListInserter required(db, "required_actions", inPhase, planfields::kRequiredAction);
    ListInserter placements(db, "placements", inPhase, planfields::kPlacement);
    for (int p = 0; p < phases.size(); ++p) {
        const Phase &phase = phases.at(p);
        const auto kind = [&phase](QLatin1StringView) { return QVariant(toString(phase.kind)); };
        if (!rows.insert({p}, phase, kind))
            return rows.error();
        for (int i = 0; i < phase.actions.size(); ++i) {
            if (!required.insert({p, i}, phase.actions.at(i), noCustomValue))
                return required.error();
        }
        for (int i = 0; i < phase.reliefs.size(); ++i) {
            if (!placements.insert({p, i}, phase.reliefs.at(i), noCustomValue))
                return placements.error();
        }
    }
    return {};
}

bool readMeta(const SqliteConnection &db, Plan &plan, QString *error)
{
    int rows = 0;
    const QString sql = u"SELECT "_s + columns(planfields::kMeta, false) +
                        u", extra_json, document_extra_json FROM plan"_s;
    constexpr int kExtra = int(planfields::kMeta.size());
    const bool ok = readRows(db, "plan", sql, error, [&](RowReader &r) {
        if (++rows > 1) {
            r.failRow(QCoreApplication::translate("tranche", "the table has more than one row"));
            return;
        }
        readFields(r, 0, planfields::kMeta, plan.meta, noCustomRead);
        plan.meta.extra = r.json(kExtra);
        plan.extra = r.json(kExtra + 1);
    });
    if (ok && rows == 0)
        *error = QCoreApplication::translate("tranche", "table plan: the table has no row");
    constexpr int kSourceExtra = int(planfields::kSource.size());
    return ok && rows > 0 &&
           readRows(db, "sources",
                    u"SELECT "_s + columns(planfields::kSource, false) +
                        u", extra_json FROM sources ORDER BY position"_s,
                    error, [&](RowReader &r) {
                        Source s;
                        readFields(r, 0, planfields::kSource, s, noCustomRead);
                        s.extra = r.json(kSourceExtra);
                        plan.meta.sources.append(s);
                    });
}

// The rows of a catalog list in position order: its fields (custom(r, entry,
// key, column) reads a Custom one), then its extra JSON.
template <typename T, std::size_t N, typename Custom>
bool readCatalogList(const SqliteConnection &db, const char *table,
                     const std::array<planfields::Field<T>, N> &fields, QString *error,
                     QList<T> &out, Custom custom)
{
    const QString sql = u"SELECT "_s + columns(fields, false) + u", extra_json FROM "_s +
                        QLatin1StringView(table) + u" ORDER BY position"_s;
    return readRows(db, table, sql, error, [&](RowReader &r) {
        T entry;
        readFields(r, 0, fields, entry,
                   [&](QLatin1StringView key, int c) { custom(r, entry, key, c); });
        entry.extra = r.json(int(N));
        out.append(entry);
    });
}

bool readCatalog(const SqliteConnection &db, Catalog &catalog, QString *error)
{
    const auto item = [](RowReader &r, SanctionsItem &it, QLatin1StringView key, int c) {
        if (key == "authority"_L1)
            it.authority = r.enumeration<Authority>(c, &authorityFromString);
        else if (key == "reversibility"_L1)
            it.reversibility = r.enumeration<Reversibility>(c, &reversibilityFromString);
        else if (key == "variantOf"_L1)
            it.variantOf = r.text(c);
        else if (!r.isNull(c))
            it.targeted = r.enumeration<Targeted>(c, &targetedFromString);
    };
    const auto action = [](RowReader &r, CounterpartAction &a, QLatin1StringView, int c) {
        a.completes = r.programs(c);
    };
    return readCatalogList(db, "items", planfields::kItem, error, catalog.items, item) &&
           readCatalogList(db, "actions", planfields::kAction, error, catalog.actions, action);
}

// The rows of a phase's list table (required_actions, placements) appended
// to the phase at their phase_position.
template <typename T, std::size_t N>
bool readPhaseList(const SqliteConnection &db, const char *table,
                   const std::array<planfields::Field<T>, N> &fields,
                   const QHash<qint64, int> &phaseIndex, QString *error,
                   const std::function<QList<T> &(Phase &)> &listOf, QList<Phase> &phases)
{
    const QString sql = u"SELECT phase_position, "_s + columns(fields, false) +
                        u", extra_json FROM "_s + QLatin1StringView(table) +
                        u" ORDER BY phase_position, position"_s;
    return readRows(db, table, sql, error, [&](RowReader &r) {
        const qint64 at = position(r, 0);
        T value;
        readFields(r, 1, fields, value, noCustomRead);
        value.extra = r.json(1 + int(N));
        const auto it = phaseIndex.constFind(at);
        if (it == phaseIndex.cend()) {
            r.fail(
                0,
                QCoreApplication::translate("tranche", "phase position %1 does not exist").arg(at));
            return;
        }
        if (!r.failed())
            listOf(phases[*it]).append(value);
    });
}

bool readPhases(const SqliteConnection &db, QList<Phase> &phases, QString *error)
{
    QHash<qint64, int> phaseIndex; // position -> index in phases
    constexpr int kExtra = 1 + int(planfields::kPhase.size());
    const bool ok =
        readRows(db, "phases",
                 u"SELECT position, "_s + columns(planfields::kPhase, false) +
                     u", extra_json FROM phases ORDER BY position"_s,
                 error, [&](RowReader &r) {
                     Phase p;
                     const qint64 at = position(r, 0);
                     readFields(r, 1, planfields::kPhase, p, [&](QLatin1StringView, int c) {
                         p.kind = r.enumeration<PhaseKind>(c, &phaseKindFromString);
                     });
                     p.extra = r.json(kExtra);
                     phaseIndex.insert(at, int(phases.size()));
                     phases.append(p);
                 });
    return ok &&
           readPhaseList<RequiredAction>(
               db, "required_actions", planfields::kRequiredAction, phaseIndex, error,
               [](Phase &p) -> QList<RequiredAction> & { return p.actions; }, phases) &&
           readPhaseList<Placement>(
               db, "placements", planfields::kPlacement, phaseIndex, error,
               [](Phase &p) -> QList<Placement> & { return p.reliefs; }, phases);
}

bool readWaivers(const SqliteConnection &db, QList<Waiver> &waivers, QString *error)
{
    return readRows(db, "waivers",
                    u"SELECT "_s + columns(planfields::kWaiver, false) +
                        u" FROM waivers ORDER BY position"_s,
                    error, [&](RowReader &r) {
                        Waiver w;
                        readFields(r, 0, planfields::kWaiver, w,
                                   [&](QLatin1StringView, int c) { w.date = r.date(c); });
                        waivers.append(w);
                    });
}

} // namespace

QStringList tablesOf(int schemaVersion)
{
    QStringList tables = {u"tranche_meta"_s, u"plan"_s,   u"items"_s,
                          u"actions"_s,      u"phases"_s, u"required_actions"_s,
                          u"placements"_s};
    if (schemaVersion >= 1)
        tables.append(u"waivers"_s);
    if (schemaVersion >= 3)
        tables.append(u"sources"_s);
    return tables;
}

QStringList createStatements(int schemaVersion)
{
    return schemaVersion == 3 ? createCurrent() : oldCreateStatements(schemaVersion);
}

QString writePlan(const SqliteConnection &db, const Plan &plan)
{
    QString error;
    for (const QString &sql : createCurrent()) {
        if (!db.exec(sql, &error))
            return error;
    }
    {
        Inserter meta(db, "tranche_meta", u"key, value"_s);
        if (!meta.insert({u"application"_s, QLatin1StringView(kApplicationName).toString()}) ||
            !meta.insert({u"schema_version"_s, QString::number(kPlanSchemaVersion)}))
            return meta.error();
    }
    Inserter meta(db, "plan",
                  u"id, "_s + columns(planfields::kMeta, false) +
                      u", extra_json, document_extra_json"_s);
    if (!meta.insert(QVariantList{1} + fieldValues(planfields::kMeta, plan.meta, noCustomValue) +
                     QVariantList{jsonText(plan.meta.extra), jsonText(plan.extra)}))
        return meta.error();
    Inserter sources(db, "sources",
                     u"position, "_s + columns(planfields::kSource, false) + u", extra_json"_s);
    for (int i = 0; i < plan.meta.sources.size(); ++i) {
        const Source &s = plan.meta.sources.at(i);
        if (!sources.insert(QVariantList{i} + fieldValues(planfields::kSource, s, noCustomValue) +
                            QVariantList{jsonText(s.extra)}))
            return sources.error();
    }
    if (const QString e = writeCatalog(db, plan.catalog); !e.isEmpty())
        return e;
    if (const QString e = writePhases(db, plan.phases); !e.isEmpty())
        return e;
    Inserter waivers(db, "waivers", u"position, "_s + columns(planfields::kWaiver, false));
    for (int i = 0; i < plan.waivers.size(); ++i) {
        const Waiver &w = plan.waivers.at(i);
        const auto date = [&w](QLatin1StringView) {
            return w.date.isValid() ? QVariant(w.date.toString(Qt::ISODate))
                                    : QVariant(QMetaType::fromType<QString>());
        };
        if (!waivers.insert(QVariantList{i} + fieldValues(planfields::kWaiver, w, date)))
            return waivers.error();
    }
    return {};
}

std::optional<Plan> readPlan(const SqliteConnection &db, QString *error)
{
    Plan plan;
    if (!readMeta(db, plan, error) || !readCatalog(db, plan.catalog, error))
        return std::nullopt;
    if (!readPhases(db, plan.phases, error) || !readWaivers(db, plan.waivers, error))
        return std::nullopt;
    return plan;
}

} // namespace tranche::planschema
