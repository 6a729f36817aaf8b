#include "io/planjsonwalk.h"

#include "io/planfields.h"
#include "io/planlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

constexpr QLatin1StringView kFormatName("tranche-plan");
constexpr int kFormatVersion = kPlanJsonFormatVersion;

QString numberText(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9007199254740992.0)
        return QString::number(qint64(v));
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

// Walks the document: JSON types, required fields, enums, whole months.
class JsonReader
{
public:
    QList<Problem> problems;
    bool readable = true;      // format and version allow reading the rest
    bool itemsUsable = true;   // catalog.items was read (references can be checked)
    bool actionsUsable = true; // catalog.actions was read

    qsizetype unlisted = 0; // problems beyond the limit of the list

    void add(const QString &pointer, const QString &reason)
    {
        if (problems.size() < planLimit(PlanLimit::Problems))
            problems.append({pointer, reason});
        else
            ++unlisted;
    }

    // Every list of root longer than its limit; true when none is.
    bool withinLimits(const QJsonObject &root)
    {
        const QJsonObject catalog = root.value(planfields::kCatalog).toObject();
        const QJsonArray phases = root.value(planfields::kPhases).toArray();
        qsizetype placements = 0;
        qsizetype required = 0;
        for (const QJsonValue &ph : phases) {
            const QJsonObject o = ph.toObject();
            placements += o.value(planfields::kReliefs).toArray().size();
            required += o.value(planfields::kActions).toArray().size();
        }
        const std::tuple<PlanLimit, qsizetype, QString> counts[] = {
            {PlanLimit::Items, catalog.value(planfields::kItems).toArray().size(),
             u"/catalog/items"_s},
            {PlanLimit::Actions, catalog.value(planfields::kActions).toArray().size(),
             u"/catalog/actions"_s},
            {PlanLimit::Phases, phases.size(), u"/phases"_s},
            {PlanLimit::Placements, placements, u"/phases"_s},
            {PlanLimit::RequiredActions, required, u"/phases"_s},
            {PlanLimit::Waivers, root.value(planfields::kWaivers).toArray().size(), u"/waivers"_s},
            {PlanLimit::Sources,
             root.value(planfields::kPlan).toObject().value(planfields::kSources).toArray().size(),
             u"/plan/sources"_s},
        };
        bool within = true;
        for (const auto &[limit, count, pointer] : counts) {
            if (const std::optional<Problem> problem = checkLimit(limit, count, pointer)) {
                problems.append(*problem);
                within = false;
            }
        }
        return within;
    }

    // The value of o[key], or Undefined when missing or null; reports a missing
    // or null required field.
    QJsonValue field(const QJsonObject &o, const QString &base, QLatin1StringView key,
                     bool required)
    {
        const auto it = o.constFind(key);
        if (it == o.constEnd() || it->isNull()) {
            if (required) {
                add(base + u'/' + key,
                    it == o.constEnd()
                        ? QCoreApplication::translate("tranche", "required field is missing")
                        : QCoreApplication::translate("tranche", "required field is null"));
            }
            return QJsonValue(QJsonValue::Undefined);
        }
        return *it;
    }

    // field() when it has the JSON type wanted, else Undefined; reports a value
    // of another type with `mustBe` (marked with QT_TRANSLATE_NOOP).
    QJsonValue typed(const QJsonObject &o, const QString &base, QLatin1StringView key,
                     bool required, QJsonValue::Type wanted, const char *mustBe)
    {
        const QJsonValue v = field(o, base, key, required);
        if (v.isUndefined() || v.type() == wanted)
            return v;
        add(base + u'/' + key, QCoreApplication::translate("tranche", mustBe));
        return QJsonValue(QJsonValue::Undefined);
    }

    QJsonValue stringValue(const QJsonObject &o, const QString &base, QLatin1StringView key,
                           bool required)
    {
        return typed(o, base, key, required, QJsonValue::String,
                     QT_TRANSLATE_NOOP("tranche", "must be a string"));
    }

    void string(const QJsonObject &o, const QString &base, QLatin1StringView key, QString &out,
                bool required = false)
    {
        const QJsonValue v = stringValue(o, base, key, required);
        if (!v.isUndefined())
            out = v.toString();
    }

    void boolean(const QJsonObject &o, const QString &base, QLatin1StringView key, bool &out)
    {
        const QJsonValue v = typed(o, base, key, false, QJsonValue::Bool,
                                   QT_TRANSLATE_NOOP("tranche", "must be true or false"));
        if (!v.isUndefined())
            out = v.toBool();
    }

    bool number(const QJsonObject &o, const QString &base, QLatin1StringView key, double &out,
                bool required)
    {
        const QJsonValue v = typed(o, base, key, required, QJsonValue::Double,
                                   QT_TRANSLATE_NOOP("tranche", "must be a number"));
        if (v.isUndefined())
            return false;
        out = v.toDouble();
        return true;
    }

    void optionalNumber(const QJsonObject &o, const QString &base, QLatin1StringView key,
                        std::optional<double> &out)
    {
        double d = 0;
        if (number(o, base, key, d, false))
            out = d;
    }

    bool month(const QJsonObject &o, const QString &base, QLatin1StringView key, int &out,
               bool required)
    {
        double d = 0;
        if (!number(o, base, key, d, required))
            return false;
        if (!(d >= 0 && d <= kMaxPlanMonth && d == std::floor(d))) {
            add(base + u'/' + key,
                QCoreApplication::translate(
                    "tranche", "must be a whole number of months from 0 to %1 (got %2)")
                    .arg(kMaxPlanMonth)
                    .arg(numberText(d)));
            return false;
        }
        out = int(d);
        return true;
    }

    template <typename E>
    void enumeration(const QJsonObject &o, const QString &base, QLatin1StringView key,
                     bool required, std::optional<E> (*fromString)(const QString &),
                     QLatin1StringView allowed, E &out)
    {
        const QJsonValue v = stringValue(o, base, key, required);
        if (v.isUndefined())
            return;
        const std::optional<E> e = fromString(v.toString());
        if (!e) {
            add(base + u'/' + key,
                QCoreApplication::translate("tranche", "must be one of %1 (got \"%2\")")
                    .arg(allowed, v.toString()));
            return;
        }
        out = *e;
    }

    // o[key] when it has the type wanted (Object or Array), else Undefined;
    // reports a wrong type. ok is false when it is not usable.
    QJsonValue container(const QJsonObject &o, const QString &base, QLatin1StringView key,
                         bool required, QJsonValue::Type wanted, bool *ok)
    {
        const QJsonValue v = field(o, base, key, required);
        const bool right = v.type() == wanted;
        if (ok)
            *ok = right || (!required && v.isUndefined());
        if (!v.isUndefined() && !right) {
            add(base + u'/' + key,
                wanted == QJsonValue::Object
                    ? QCoreApplication::translate("tranche", "must be an object")
                    : QCoreApplication::translate("tranche", "must be an array"));
        }
        return right ? v : QJsonValue(QJsonValue::Undefined);
    }

    QJsonObject object(const QJsonObject &o, const QString &base, QLatin1StringView key,
                       bool required, bool *ok = nullptr)
    {
        return container(o, base, key, required, QJsonValue::Object, ok).toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &base, QLatin1StringView key,
                     bool required, bool *ok = nullptr)
    {
        return container(o, base, key, required, QJsonValue::Array, ok).toArray();
    }

    // The element of an array as an object; reports anything else.
    bool element(const QJsonValue &v, const QString &pointer, QJsonObject &out)
    {
        if (!v.isObject()) {
            add(pointer, QCoreApplication::translate("tranche", "must be an object"));
            return false;
        }
        out = v.toObject();
        return true;
    }

    static QJsonObject extra(const QJsonObject &o, const QList<QLatin1StringView> &known)
    {
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            if (std::none_of(known.begin(), known.end(),
                             [&key](QLatin1StringView k) { return key == k; }))
                out.insert(key, it.value());
        }
        return out;
    }

    // Reads every field of table that is not Custom into out; returns a bit
    // per field (by row) that is set when the field was there but wrong.
    template <typename T, std::size_t N>
    quint64 fields(const QJsonObject &o, const QString &b,
                   const std::array<planfields::Field<T>, N> &table, T &out)
    {
        static_assert(N <= 64);
        quint64 failed = 0;
        for (std::size_t i = 0; i < N; ++i) {
            const planfields::Field<T> &f = table[i];
            const qsizetype before = problems.size();
            std::visit(
                [&](auto member) {
                    using M = decltype(member);
                    if constexpr (std::is_same_v<M, QString T::*>) {
                        string(o, b, f.key, out.*member, f.required);
                    } else if constexpr (std::is_same_v<M, double T::*>) {
                        number(o, b, f.key, out.*member, f.required);
                    } else if constexpr (std::is_same_v<M, std::optional<double> T::*>) {
                        optionalNumber(o, b, f.key, out.*member);
                    } else if constexpr (std::is_same_v<M, bool T::*>) {
                        boolean(o, b, f.key, out.*member);
                    } else if constexpr (std::is_same_v<M, int T::*>) {
                        month(o, b, f.key, out.*member, f.required);
                    } else if constexpr (std::is_same_v<M, std::optional<int> T::*>) {
                        int m = 0;
                        if (month(o, b, f.key, m, f.required))
                            out.*member = m;
                    }
                },
                f.member);
            if (problems.size() > before)
                failed |= quint64(1) << i;
        }
        return failed;
    }

    // The element v of a list as an object read through table, with the
    // problems found in it marked with the phase and item they concern.
    template <typename T, std::size_t N>
    std::optional<QJsonObject> elementFields(const QJsonValue &v, const QString &b,
                                             const std::array<planfields::Field<T>, N> &table,
                                             T &out, quint64 *failed = nullptr)
    {
        QJsonObject o;
        if (!element(v, b, o))
            return std::nullopt;
        const quint64 bad = fields(o, b, table, out);
        if (failed)
            *failed = bad;
        return o;
    }

    // Sets the phase (and, when not set, the item) of problems from index first on.
    void mark(qsizetype first, const QString &phase, const QString &item)
    {
        for (qsizetype i = first; i < problems.size(); ++i) {
            if (problems[i].phase.isEmpty())
                problems[i].phase = phase;
            if (problems[i].item.isEmpty())
                problems[i].item = item;
        }
    }

    // Returns false when the document is not a plan this program can read.
    bool readHeader(const QJsonObject &root)
    {
        bool readable = true;
        const QJsonValue format = field(root, QString(), "format"_L1, true);
        if (!format.isUndefined() && format.toString() != kFormatName) {
            add(u"/format"_s, QCoreApplication::translate("tranche", "must be \"tranche-plan\""));
            readable = false;
        }
        const QJsonValue version = field(root, QString(), "version"_L1, true);
        if (!version.isUndefined()) {
            if (!version.isDouble()) {
                add(u"/version"_s, QCoreApplication::translate("tranche", "must be a number"));
            } else if (const double v = version.toDouble(); v != kFormatVersion) {
                if (v > kFormatVersion) {
                    add(u"/version"_s,
                        QCoreApplication::translate(
                            "tranche", "version %1 is newer than this program reads (%2)")
                            .arg(numberText(v))
                            .arg(kFormatVersion));
                    readable = false;
                } else {
                    add(u"/version"_s,
                        QCoreApplication::translate(
                            "tranche", "unsupported version %1 (this program reads %2)")
                            .arg(numberText(v))
                            .arg(kFormatVersion));
                }
            }
        }
        return readable;
    }

    void readMeta(const QJsonObject &o, PlanMeta &meta)
    {
        fields(o, u"/plan"_s, planfields::kMeta, meta);
        list(o, u"/plan"_s, planfields::kSources, [&](const QJsonValue &v, const QString &p) {
            static const QList<QLatin1StringView> sourceKeys =
                planfields::keys(planfields::kSource);
            Source s;
            if (const std::optional<QJsonObject> e = elementFields(v, p, planfields::kSource, s))
                s.extra = extra(*e, sourceKeys);
            meta.sources.append(s);
        });
        static const QList<QLatin1StringView> known =
            planfields::keys(planfields::kMeta, {planfields::kSources});
        meta.extra = extra(o, known);
    }

    // A catalog entry: its table's fields, custom(o, out) for the others,
    // its extras; its problems name it by id.
    template <typename T, std::size_t N, typename Custom>
    T readEntry(const QJsonValue &v, const QString &b,
                const std::array<planfields::Field<T>, N> &table, Custom custom)
    {
        static const QList<QLatin1StringView> known = planfields::keys(table);
        T out;
        const qsizetype first = problems.size();
        if (const std::optional<QJsonObject> o = elementFields(v, b, table, out)) {
            custom(*o, out);
            out.extra = extra(*o, known);
            mark(first, QString(), out.id);
        }
        return out;
    }

    SanctionsItem readItem(const QJsonValue &v, const QString &b)
    {
        return readEntry(v, b, planfields::kItem, [&](const QJsonObject &o, SanctionsItem &it) {
            enumeration(o, b, "authority"_L1, true, &authorityFromString,
                        "UN, US-statute, US-EO, FATF, other"_L1, it.authority);
            enumeration(o, b, "reversibility"_L1, true, &reversibilityFromString,
                        "easy, moderate, hard"_L1, it.reversibility);
            enumeration(o, b, "targeted"_L1, false, &targetedFromString,
                        "null, military, security, prison, human-rights, wmd, finance"_L1,
                        it.targeted);
            string(o, b, "variantOf"_L1, it.variantOf);
        });
    }

    // The "completes" list of an action.
    void readCompletes(const QJsonObject &o, const QString &b, Programs &out)
    {
        const QJsonArray completes = array(o, b, "completes"_L1, false);
        for (qsizetype i = 0; i < completes.size(); ++i) {
            const QJsonValue c = completes.at(i);
            const std::optional<Program> program =
                c.isString() ? programFromString(c.toString()) : std::nullopt;
            if (program) {
                out |= *program;
                continue;
            }
            const QString got =
                c.isString()
                    ? u'"' + c.toString() + u'"'
                    : QString::fromUtf8(QJsonDocument(QJsonArray{c}).toJson(QJsonDocument::Compact))
                          .chopped(1)
                          .mid(1);
            add(b + u"/completes/"_s + QString::number(i),
                QCoreApplication::translate("tranche", "must be one of nuclear, icbm, wmd (got %1)")
                    .arg(got));
        }
    }

    CounterpartAction readAction(const QJsonValue &v, const QString &b)
    {
        return readEntry(
            v, b, planfields::kAction,
            [&](const QJsonObject &o, CounterpartAction &a) { readCompletes(o, b, a.completes); });
    }

    // Each element of o[key] (an optional list) read by read(value, pointer).
    template <typename Read>
    void list(const QJsonObject &o, const QString &b, QLatin1StringView key, Read read,
              bool required = false, bool *ok = nullptr)
    {
        const QJsonArray values = array(o, b, key, required, ok);
        const QString base = b + u'/' + key + u'/';
        for (qsizetype i = 0; i < values.size(); ++i)
            read(values.at(i), base + QString::number(i));
    }

    void readCatalog(const QJsonObject &o, Catalog &catalog)
    {
        const QString b = u"/catalog"_s;
        list(
            o, b, planfields::kItems,
            [&](const QJsonValue &v, const QString &p) { catalog.items.append(readItem(v, p)); },
            true, &itemsUsable);
        list(
            o, b, planfields::kActions,
            [&](const QJsonValue &v, const QString &p) {
                catalog.actions.append(readAction(v, p));
            },
            false, &actionsUsable);
    }

    // A required action or a placement: its table's fields and its extras.
    template <typename T, std::size_t N>
    T readListed(const QJsonValue &v, const QString &b,
                 const std::array<planfields::Field<T>, N> &table)
    {
        static const QList<QLatin1StringView> known = planfields::keys(table);
        T out;
        if (const std::optional<QJsonObject> o = elementFields(v, b, table, out))
            out.extra = extra(*o, known);
        return out;
    }

    Phase readPhase(const QJsonValue &v, const QString &b)
    {
        Phase ph;
        const qsizetype first = problems.size();
        quint64 failed = 0;
        const std::optional<QJsonObject> o = elementFields(v, b, planfields::kPhase, ph, &failed);
        if (!o)
            return ph;
        enumeration(*o, b, "kind"_L1, true, &phaseKindFromString, "interim, final"_L1, ph.kind);
        // A broken end keeps "end before start" from firing: end = start.
        static const quint64 kStart = planfields::bit(planfields::kPhase, "start"_L1);
        static const quint64 kEnd = planfields::bit(planfields::kPhase, "end"_L1);
        if ((failed & kEnd) && !(failed & kStart))
            ph.end = ph.start;
        mark(first, ph.id, QString());
        list(*o, b, planfields::kActions, [&](const QJsonValue &e, const QString &p) {
            const qsizetype at = problems.size();
            ph.actions.append(readListed(e, p, planfields::kRequiredAction));
            mark(at, ph.id, ph.actions.constLast().action);
        });
        list(*o, b, planfields::kReliefs, [&](const QJsonValue &e, const QString &p) {
            const qsizetype at = problems.size();
            ph.reliefs.append(readListed(e, p, planfields::kPlacement));
            mark(at, ph.id, ph.reliefs.constLast().item);
        });
        static const QList<QLatin1StringView> known =
            planfields::keys(planfields::kPhase, {planfields::kActions, planfields::kReliefs});
        ph.extra = extra(*o, known);
        return ph;
    }

    Waiver readWaiver(const QJsonValue &v, const QString &b)
    {
        Waiver w;
        const std::optional<QJsonObject> o = elementFields(v, b, planfields::kWaiver, w);
        if (!o)
            return w;
        QString date;
        string(*o, b, "date"_L1, date);
        if (!date.isEmpty()) {
            const bool shape = date.size() == 10 && date.at(4) == u'-' && date.at(7) == u'-';
            w.date = QDate::fromString(date, u"yyyy-MM-dd"_s);
            if (!shape || !w.date.isValid()) {
                add(b + u"/date"_s, QCoreApplication::translate(
                                        "tranche", "must be a date written YYYY-MM-DD (got \"%1\")")
                                        .arg(date));
                w.date = QDate();
            }
        }
        return w;
    }

    void readPlan(const QJsonObject &root, Plan &plan)
    {
        readable = readHeader(root) && withinLimits(root);
        if (!readable)
            return;
        readMeta(object(root, QString(), planfields::kPlan, true), plan.meta);
        bool catalogUsable = false;
        const QJsonObject catalog =
            object(root, QString(), planfields::kCatalog, true, &catalogUsable);
        if (catalogUsable) {
            readCatalog(catalog, plan.catalog);
        } else {
            itemsUsable = false;
            actionsUsable = false;
        }
        list(root, QString(), planfields::kPhases,
             [&](const QJsonValue &v, const QString &p) { plan.phases.append(readPhase(v, p)); });
        list(root, QString(), planfields::kWaivers,
             [&](const QJsonValue &v, const QString &p) { plan.waivers.append(readWaiver(v, p)); });
        static const QList<QLatin1StringView> known(planfields::kTopLevel.begin(),
                                                    planfields::kTopLevel.end());
        plan.extra = extra(root, known);
    }
};

} // namespace

PlanJsonWalk walkPlanJson(const QJsonObject &root, Plan &plan)
{
    JsonReader reader;
    reader.readPlan(root, plan);
    nameProblems(reader.problems, plan);
    return {reader.problems, reader.readable, reader.itemsUsable, reader.actionsUsable,
            reader.unlisted};
}

} // namespace tranche
