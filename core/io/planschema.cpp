#include "io/planschema.h"

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
#include <limits>

using namespace Qt::StringLiterals;

namespace tranche::planschema {

namespace {

// Schema version 2 (version 1 was the same without items.variant_of; the array
// kept its name). Lists keep their order in a "position" column; free-form
// fields the format does not know are kept as a JSON object text in extra_json
// (NULL when empty). Enumerations are stored as the interchange strings.
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
    " confidence TEXT NOT NULL, value_basis TEXT NOT NULL, extra_json TEXT,"
    " variant_of TEXT NOT NULL DEFAULT '')",
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
    Inserter(const SqliteConnection &db, const char *table, const char *columns, int count)
        : m_query(db.database()), m_table(QLatin1StringView(table))
    {
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks.append(u"?"_s);
        m_prepared = m_query.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
            m_table, QLatin1StringView(columns), marks.join(u',')));
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

bool select(QSqlQuery &query, const char *table, const char *sql, QString *error)
{
    query.setForwardOnly(true);
    if (query.exec(QLatin1StringView(sql)))
        return true;
    *error = QCoreApplication::translate("tranche", "table %1: %2")
                 .arg(QLatin1StringView(table), query.lastError().text());
    return false;
}

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
             QString::fromLatin1(kCreateV1[6])
                 .replace(u"TABLE placements"_s, u"TABLE placements_v1"_s),
             u"INSERT INTO placements_v1 (phase_position, position, item_id, extent,"
             " start_month, end_month, escrow_share, escrow_agent, permitted_uses, snapback,"
             " note) SELECT phase_position, position, item_id, extent, start_month,"
             " CASE WHEN end_month < 0 THEN NULL ELSE end_month END, escrow_share,"
             " escrow_agent, permitted_uses, snapback, note FROM placements"_s,
             u"DROP TABLE placements"_s,
             u"ALTER TABLE placements_v1 RENAME TO placements"_s,
             QString::fromLatin1(kCreateV1[7]),
         }},
        // Version 1: no items.variant_of (no item was a graded variant).
        {1, {u"ALTER TABLE items ADD COLUMN variant_of TEXT NOT NULL DEFAULT ''"_s}},
    };
    return list;
}

QStringList tablesOf(int schemaVersion)
{
    QStringList tables = {u"tranche_meta"_s, u"plan"_s,   u"items"_s,
                          u"actions"_s,      u"phases"_s, u"required_actions"_s,
                          u"placements"_s};
    if (schemaVersion >= 1)
        tables.append(u"waivers"_s);
    return tables;
}

QString writePlan(const SqliteConnection &db, const Plan &plan)
{
    QString error;
    for (const char *sql : kCreateV1) {
        if (!db.exec(QLatin1StringView(sql), &error))
            return error;
    }
    {
        Inserter meta(db, "tranche_meta", "key, value", 2);
        if (!meta.insert({u"application"_s, QLatin1StringView(kApplicationName).toString()}) ||
            !meta.insert({u"schema_version"_s, QString::number(kPlanSchemaVersion)}))
            return meta.error();
    }
    {
        const PlanMeta &m = plan.meta;
        Inserter row(db, "plan",
                     "id, title, counterpart, start, classification, profile,"
                     " reference_value_usd, extra_json, document_extra_json",
                     9);
        const QVariant reference = m.referenceValueUsd ? QVariant(*m.referenceValueUsd)
                                                       : QVariant(QMetaType::fromType<double>());
        if (!row.insert({1, text(m.title), text(m.counterpart), text(m.start),
                         text(m.classification), text(m.profile), reference, jsonText(m.extra),
                         jsonText(plan.extra)}))
            return row.error();
    }
    {
        Inserter row(
            db, "items",
            "position, item_id, name, authority, instrument, category,"
            " annual_value_usd, reversibility, long_term_benefit, escrowable, targeted,"
            " fatf, primary_trade, source, confidence, value_basis, extra_json, variant_of",
            18);
        for (int i = 0; i < plan.catalog.items.size(); ++i) {
            const SanctionsItem &it = plan.catalog.items.at(i);
            const QVariant targeted = it.targeted == Targeted::None
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(toString(it.targeted));
            if (!row.insert({i, text(it.id), text(it.name), toString(it.authority),
                             text(it.instrument), text(it.category), it.annualValueUsd,
                             toString(it.reversibility), boolean(it.longTermBenefit),
                             boolean(it.escrowable), targeted, boolean(it.fatf),
                             boolean(it.primaryTrade), text(it.source), text(it.confidence),
                             text(it.valueBasis), jsonText(it.extra), text(it.variantOf)}))
                return row.error();
        }
    }
    {
        Inserter row(db, "actions",
                     "position, action_id, name, category, weight, completes, financial_reform,"
                     " source, confidence, extra_json",
                     10);
        for (int i = 0; i < plan.catalog.actions.size(); ++i) {
            const CounterpartAction &a = plan.catalog.actions.at(i);
            if (!row.insert({i, text(a.id), text(a.name), text(a.category), a.weight,
                             text(programsText(a.completes)), boolean(a.financialReform),
                             text(a.source), text(a.confidence), jsonText(a.extra)}))
                return row.error();
        }
    }
    Inserter phases(db, "phases",
                    "position, phase_id, name, kind, start_month, end_month, extra_json", 7);
    Inserter required(db, "required_actions",
                      "phase_position, position, action_id, verified_month, extra_json", 5);
    Inserter placements(db, "placements",
                        "phase_position, position, item_id, extent, start_month, end_month,"
                        " escrow_share, escrow_agent, permitted_uses, snapback, note, extra_json",
                        12);
    for (int p = 0; p < plan.phases.size(); ++p) {
        const Phase &phase = plan.phases.at(p);
        if (!phases.insert({p, text(phase.id), text(phase.name), toString(phase.kind), phase.start,
                            phase.end, jsonText(phase.extra)}))
            return phases.error();
        for (int i = 0; i < phase.actions.size(); ++i) {
            const RequiredAction &r = phase.actions.at(i);
            if (!required.insert({p, i, text(r.action), r.verifiedMonth, jsonText(r.extra)}))
                return required.error();
        }
        for (int i = 0; i < phase.reliefs.size(); ++i) {
            const Placement &pl = phase.reliefs.at(i);
            const QVariant end = pl.end ? QVariant(*pl.end) : QVariant(QMetaType::fromType<int>());
            if (!placements.insert({p, i, text(pl.item), pl.extent, pl.start, end, pl.escrowShare,
                                    text(pl.escrowAgent), text(pl.permittedUses),
                                    boolean(pl.snapback), text(pl.note), jsonText(pl.extra)}))
                return placements.error();
        }
    }
    {
        Inserter row(db, "waivers",
                     "position, rule, phase_id, item_id, justification, author, date", 7);
        for (int i = 0; i < plan.waivers.size(); ++i) {
            const Waiver &w = plan.waivers.at(i);
            const QVariant date = w.date.isValid() ? QVariant(w.date.toString(Qt::ISODate))
                                                   : QVariant(QMetaType::fromType<QString>());
            if (!row.insert({i, text(w.rule), text(w.phase), text(w.item), text(w.justification),
                             text(w.author), date}))
                return row.error();
        }
    }
    return {};
}

std::optional<Plan> readPlan(const SqliteConnection &db, QString *error)
{
    Plan plan;
    {
        QSqlQuery q(db.database());
        if (!select(q, "plan",
                    "SELECT title, counterpart, start, classification, profile,"
                    " reference_value_usd, extra_json, document_extra_json FROM plan",
                    error))
            return std::nullopt;
        RowReader r(q, "plan");
        int rows = 0;
        while (r.next()) {
            if (++rows > 1) {
                r.failRow(
                    QCoreApplication::translate("tranche", "the table has more than one row"));
                break;
            }
            PlanMeta &m = plan.meta;
            m.title = r.text(0);
            m.counterpart = r.text(1);
            m.start = r.text(2);
            m.classification = r.text(3);
            m.profile = r.text(4);
            m.referenceValueUsd = r.optionalReal(5);
            m.extra = r.json(6);
            plan.extra = r.json(7);
        }
        if (!r.failed() && rows == 0) {
            *error = QCoreApplication::translate("tranche", "table plan: the table has no row");
            return std::nullopt;
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    {
        QSqlQuery q(db.database());
        if (!select(q, "items",
                    "SELECT item_id, name, authority, instrument, category, annual_value_usd,"
                    " reversibility, long_term_benefit, escrowable, targeted, fatf, primary_trade,"
                    " source, confidence, value_basis, extra_json, variant_of FROM items"
                    " ORDER BY position",
                    error))
            return std::nullopt;
        RowReader r(q, "items");
        while (r.next()) {
            SanctionsItem it;
            it.id = r.text(0);
            it.name = r.text(1);
            it.authority = r.enumeration<Authority>(2, &authorityFromString);
            it.instrument = r.text(3);
            it.category = r.text(4);
            it.annualValueUsd = r.real(5);
            it.reversibility = r.enumeration<Reversibility>(6, &reversibilityFromString);
            it.longTermBenefit = r.boolean(7);
            it.escrowable = r.boolean(8);
            it.targeted =
                r.isNull(9) ? Targeted::None : r.enumeration<Targeted>(9, &targetedFromString);
            it.fatf = r.boolean(10);
            it.primaryTrade = r.boolean(11);
            it.source = r.text(12);
            it.confidence = r.text(13);
            it.valueBasis = r.text(14);
            it.extra = r.json(15);
            it.variantOf = r.text(16);
            plan.catalog.items.append(it);
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    {
        QSqlQuery q(db.database());
        if (!select(q, "actions",
                    "SELECT action_id, name, category, weight, completes, financial_reform,"
                    " source, confidence, extra_json FROM actions ORDER BY position",
                    error))
            return std::nullopt;
        RowReader r(q, "actions");
        while (r.next()) {
            CounterpartAction a;
            a.id = r.text(0);
            a.name = r.text(1);
            a.category = r.text(2);
            a.weight = r.real(3);
            a.completes = r.programs(4);
            a.financialReform = r.boolean(5);
            a.source = r.text(6);
            a.confidence = r.text(7);
            a.extra = r.json(8);
            plan.catalog.actions.append(a);
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    QHash<qint64, int> phaseIndex; // position -> index in plan.phases
    {
        QSqlQuery q(db.database());
        if (!select(q, "phases",
                    "SELECT position, phase_id, name, kind, start_month, end_month, extra_json"
                    " FROM phases ORDER BY position",
                    error))
            return std::nullopt;
        RowReader r(q, "phases");
        while (r.next()) {
            Phase p;
            const qint64 position = r.integer(0, std::numeric_limits<qint64>::min(),
                                              std::numeric_limits<qint64>::max());
            p.id = r.text(1);
            p.name = r.text(2);
            p.kind = r.enumeration<PhaseKind>(3, &phaseKindFromString);
            p.start = int(r.integer(4));
            p.end = int(r.integer(5));
            p.extra = r.json(6);
            phaseIndex.insert(position, int(plan.phases.size()));
            plan.phases.append(p);
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    const auto phaseOf = [&](RowReader &r, qint64 position) -> Phase * {
        const auto it = phaseIndex.constFind(position);
        if (it == phaseIndex.cend()) {
            r.fail(0, QCoreApplication::translate("tranche", "phase position %1 does not exist")
                          .arg(position));
            return nullptr;
        }
        return &plan.phases[*it];
    };
    {
        QSqlQuery q(db.database());
        if (!select(q, "required_actions",
                    "SELECT phase_position, action_id, verified_month, extra_json"
                    " FROM required_actions ORDER BY phase_position, position",
                    error))
            return std::nullopt;
        RowReader r(q, "required_actions");
        while (r.next()) {
            const qint64 position = r.integer(0, std::numeric_limits<qint64>::min(),
                                              std::numeric_limits<qint64>::max());
            RequiredAction a;
            a.action = r.text(1);
            a.verifiedMonth = int(r.integer(2));
            a.extra = r.json(3);
            if (Phase *p = phaseOf(r, position); p && !r.failed())
                p->actions.append(a);
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    {
        QSqlQuery q(db.database());
        if (!select(q, "placements",
                    "SELECT phase_position, item_id, extent, start_month, end_month, escrow_share,"
                    " escrow_agent, permitted_uses, snapback, note, extra_json"
                    " FROM placements ORDER BY phase_position, position",
                    error))
            return std::nullopt;
        RowReader r(q, "placements");
        while (r.next()) {
            const qint64 position = r.integer(0, std::numeric_limits<qint64>::min(),
                                              std::numeric_limits<qint64>::max());
            Placement pl;
            pl.item = r.text(1);
            pl.extent = r.real(2);
            pl.start = int(r.integer(3));
            pl.end = r.optionalInteger(4);
            pl.escrowShare = r.real(5);
            pl.escrowAgent = r.text(6);
            pl.permittedUses = r.text(7);
            pl.snapback = r.boolean(8);
            pl.note = r.text(9);
            pl.extra = r.json(10);
            if (Phase *p = phaseOf(r, position); p && !r.failed())
                p->reliefs.append(pl);
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    {
        QSqlQuery q(db.database());
        if (!select(q, "waivers",
                    "SELECT rule, phase_id, item_id, justification, author, date FROM waivers"
                    " ORDER BY position",
                    error))
            return std::nullopt;
        RowReader r(q, "waivers");
        while (r.next()) {
            Waiver w;
            w.rule = r.text(0);
            w.phase = r.text(1);
            w.item = r.text(2);
            w.justification = r.text(3);
            w.author = r.text(4);
            w.date = r.date(5);
            plan.waivers.append(w);
        }
        if (r.failed()) {
            *error = r.error();
            return std::nullopt;
        }
    }
    return plan;
}

} // namespace tranche::planschema
