#include "io/planjsonwalk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>

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

    void add(const QString &pointer, const QString &reason) { problems.append({pointer, reason}); }

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

    void string(const QJsonObject &o, const QString &base, QLatin1StringView key, QString &out,
                bool required = false)
    {
        const QJsonValue v = field(o, base, key, required);
        if (v.isUndefined())
            return;
        if (!v.isString()) {
            add(base + u'/' + key, QCoreApplication::translate("tranche", "must be a string"));
            return;
        }
        out = v.toString();
    }

    void boolean(const QJsonObject &o, const QString &base, QLatin1StringView key, bool &out)
    {
        const QJsonValue v = field(o, base, key, false);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            add(base + u'/' + key, QCoreApplication::translate("tranche", "must be true or false"));
            return;
        }
        out = v.toBool();
    }

    bool number(const QJsonObject &o, const QString &base, QLatin1StringView key, double &out,
                bool required)
    {
        const QJsonValue v = field(o, base, key, required);
        if (v.isUndefined())
            return false;
        if (!v.isDouble()) {
            add(base + u'/' + key, QCoreApplication::translate("tranche", "must be a number"));
            return false;
        }
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
        const QJsonValue v = field(o, base, key, required);
        if (v.isUndefined())
            return;
        if (!v.isString()) {
            add(base + u'/' + key, QCoreApplication::translate("tranche", "must be a string"));
            return;
        }
        const std::optional<E> e = fromString(v.toString());
        if (!e) {
            add(base + u'/' + key,
                QCoreApplication::translate("tranche", "must be one of %1 (got \"%2\")")
                    .arg(allowed, v.toString()));
            return;
        }
        out = *e;
    }

    // o[key] as an object; reports a wrong type. ok is false when it is not usable.
    QJsonObject object(const QJsonObject &o, const QString &base, QLatin1StringView key,
                       bool required, bool *ok = nullptr)
    {
        const QJsonValue v = field(o, base, key, required);
        if (ok)
            *ok = v.isObject() || (!required && v.isUndefined());
        if (!v.isUndefined() && !v.isObject())
            add(base + u'/' + key, QCoreApplication::translate("tranche", "must be an object"));
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &base, QLatin1StringView key,
                     bool required, bool *ok = nullptr)
    {
        const QJsonValue v = field(o, base, key, required);
        if (ok)
            *ok = v.isArray() || (!required && v.isUndefined());
        if (!v.isUndefined() && !v.isArray())
            add(base + u'/' + key, QCoreApplication::translate("tranche", "must be an array"));
        return v.toArray();
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

    static QJsonObject extra(const QJsonObject &o, std::initializer_list<QLatin1StringView> known)
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
        const QString b = u"/plan"_s;
        string(o, b, "title"_L1, meta.title);
        string(o, b, "counterpart"_L1, meta.counterpart);
        string(o, b, "start"_L1, meta.start);
        string(o, b, "classification"_L1, meta.classification);
        string(o, b, "profile"_L1, meta.profile);
        optionalNumber(o, b, "referenceValueUsd"_L1, meta.referenceValueUsd);
        meta.extra = extra(o, {"title"_L1, "counterpart"_L1, "start"_L1, "classification"_L1,
                               "profile"_L1, "referenceValueUsd"_L1});
    }

    SanctionsItem readItem(const QJsonValue &v, const QString &b)
    {
        SanctionsItem it;
        QJsonObject o;
        if (!element(v, b, o))
            return it;
        string(o, b, "id"_L1, it.id, true);
        string(o, b, "name"_L1, it.name);
        enumeration(o, b, "authority"_L1, true, &authorityFromString,
                    "UN, US-statute, US-EO, FATF, other"_L1, it.authority);
        string(o, b, "instrument"_L1, it.instrument);
        string(o, b, "category"_L1, it.category);
        number(o, b, "annualValueUsd"_L1, it.annualValueUsd, true);
        enumeration(o, b, "reversibility"_L1, true, &reversibilityFromString,
                    "easy, moderate, hard"_L1, it.reversibility);
        boolean(o, b, "longTermBenefit"_L1, it.longTermBenefit);
        boolean(o, b, "escrowable"_L1, it.escrowable);
        enumeration(o, b, "targeted"_L1, false, &targetedFromString,
                    "null, military, security, prison, human-rights, wmd, finance"_L1, it.targeted);
        boolean(o, b, "fatf"_L1, it.fatf);
        boolean(o, b, "primaryTrade"_L1, it.primaryTrade);
        string(o, b, "source"_L1, it.source);
        string(o, b, "confidence"_L1, it.confidence);
        string(o, b, "valueBasis"_L1, it.valueBasis);
        string(o, b, "variantOf"_L1, it.variantOf);
        it.extra = extra(o, {"id"_L1, "name"_L1, "authority"_L1, "instrument"_L1, "category"_L1,
                             "annualValueUsd"_L1, "reversibility"_L1, "longTermBenefit"_L1,
                             "escrowable"_L1, "targeted"_L1, "fatf"_L1, "primaryTrade"_L1,
                             "source"_L1, "confidence"_L1, "valueBasis"_L1, "variantOf"_L1});
        return it;
    }

    CounterpartAction readAction(const QJsonValue &v, const QString &b)
    {
        CounterpartAction a;
        QJsonObject o;
        if (!element(v, b, o))
            return a;
        string(o, b, "id"_L1, a.id, true);
        string(o, b, "name"_L1, a.name);
        string(o, b, "category"_L1, a.category);
        number(o, b, "weight"_L1, a.weight, true);
        const QJsonArray completes = array(o, b, "completes"_L1, false);
        for (qsizetype i = 0; i < completes.size(); ++i) {
            const QJsonValue c = completes.at(i);
            const QString p = b + u"/completes/"_s + QString::number(i);
            const std::optional<Program> program =
                c.isString() ? programFromString(c.toString()) : std::nullopt;
            if (program) {
                a.completes |= *program;
            } else {
                add(p, QCoreApplication::translate("tranche",
                                                   "must be one of nuclear, icbm, wmd (got %1)")
                           .arg(c.isString() ? u'"' + c.toString() + u'"'
                                             : QString::fromUtf8(QJsonDocument(QJsonArray{c})
                                                                     .toJson(QJsonDocument::Compact)
                                                                     .chopped(1)
                                                                     .mid(1))));
            }
        }
        boolean(o, b, "financialReform"_L1, a.financialReform);
        string(o, b, "source"_L1, a.source);
        string(o, b, "confidence"_L1, a.confidence);
        a.extra = extra(o, {"id"_L1, "name"_L1, "category"_L1, "weight"_L1, "completes"_L1,
                            "financialReform"_L1, "source"_L1, "confidence"_L1});
        return a;
    }

    void readCatalog(const QJsonObject &o, Catalog &catalog)
    {
        const QString b = u"/catalog"_s;
        const QJsonArray items = array(o, b, "items"_L1, true, &itemsUsable);
        for (qsizetype i = 0; i < items.size(); ++i)
            catalog.items.append(readItem(items.at(i), b + u"/items/"_s + QString::number(i)));
        const QJsonArray actions = array(o, b, "actions"_L1, false, &actionsUsable);
        for (qsizetype i = 0; i < actions.size(); ++i)
            catalog.actions.append(
                readAction(actions.at(i), b + u"/actions/"_s + QString::number(i)));
    }

    RequiredAction readRequiredAction(const QJsonValue &v, const QString &b)
    {
        RequiredAction ra;
        QJsonObject o;
        if (!element(v, b, o))
            return ra;
        string(o, b, "action"_L1, ra.action, true);
        month(o, b, "verifiedMonth"_L1, ra.verifiedMonth, true);
        ra.extra = extra(o, {"action"_L1, "verifiedMonth"_L1});
        return ra;
    }

    Placement readPlacement(const QJsonValue &v, const QString &b)
    {
        Placement pl;
        QJsonObject o;
        if (!element(v, b, o))
            return pl;
        string(o, b, "item"_L1, pl.item, true);
        number(o, b, "extent"_L1, pl.extent, true);
        month(o, b, "start"_L1, pl.start, true);
        int end = 0;
        if (month(o, b, "end"_L1, end, false))
            pl.end = end;
        number(o, b, "escrowShare"_L1, pl.escrowShare, false);
        string(o, b, "escrowAgent"_L1, pl.escrowAgent);
        string(o, b, "permittedUses"_L1, pl.permittedUses);
        boolean(o, b, "snapback"_L1, pl.snapback);
        string(o, b, "note"_L1, pl.note);
        pl.extra = extra(o, {"item"_L1, "extent"_L1, "start"_L1, "end"_L1, "escrowShare"_L1,
                             "escrowAgent"_L1, "permittedUses"_L1, "snapback"_L1, "note"_L1});
        return pl;
    }

    Phase readPhase(const QJsonValue &v, const QString &b)
    {
        Phase ph;
        QJsonObject o;
        if (!element(v, b, o))
            return ph;
        string(o, b, "id"_L1, ph.id, true);
        string(o, b, "name"_L1, ph.name);
        enumeration(o, b, "kind"_L1, true, &phaseKindFromString, "interim, final"_L1, ph.kind);
        const bool hasStart = month(o, b, "start"_L1, ph.start, true);
        if (!month(o, b, "end"_L1, ph.end, true) && hasStart)
            ph.end = ph.start; // keeps "end before start" from firing on a broken end
        const QJsonArray actions = array(o, b, "actions"_L1, false);
        for (qsizetype i = 0; i < actions.size(); ++i)
            ph.actions.append(
                readRequiredAction(actions.at(i), b + u"/actions/"_s + QString::number(i)));
        const QJsonArray reliefs = array(o, b, "reliefs"_L1, false);
        for (qsizetype i = 0; i < reliefs.size(); ++i)
            ph.reliefs.append(
                readPlacement(reliefs.at(i), b + u"/reliefs/"_s + QString::number(i)));
        ph.extra = extra(
            o, {"id"_L1, "name"_L1, "kind"_L1, "start"_L1, "end"_L1, "actions"_L1, "reliefs"_L1});
        return ph;
    }

    Waiver readWaiver(const QJsonValue &v, const QString &b)
    {
        Waiver w;
        QJsonObject o;
        if (!element(v, b, o))
            return w;
        string(o, b, "rule"_L1, w.rule, true);
        string(o, b, "phase"_L1, w.phase);
        string(o, b, "item"_L1, w.item);
        string(o, b, "justification"_L1, w.justification, true);
        string(o, b, "author"_L1, w.author);
        QString date;
        string(o, b, "date"_L1, date);
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
        readable = readHeader(root);
        if (!readable)
            return;
        readMeta(object(root, QString(), "plan"_L1, true), plan.meta);
        bool catalogUsable = false;
        const QJsonObject catalog = object(root, QString(), "catalog"_L1, true, &catalogUsable);
        if (catalogUsable) {
            readCatalog(catalog, plan.catalog);
        } else {
            itemsUsable = false;
            actionsUsable = false;
        }
        const QJsonArray phases = array(root, QString(), "phases"_L1, false);
        for (qsizetype i = 0; i < phases.size(); ++i)
            plan.phases.append(readPhase(phases.at(i), u"/phases/"_s + QString::number(i)));
        const QJsonArray waivers = array(root, QString(), "waivers"_L1, false);
        for (qsizetype i = 0; i < waivers.size(); ++i)
            plan.waivers.append(readWaiver(waivers.at(i), u"/waivers/"_s + QString::number(i)));
        plan.extra = extra(
            root, {"format"_L1, "version"_L1, "plan"_L1, "catalog"_L1, "phases"_L1, "waivers"_L1});
    }
};

} // namespace

PlanJsonWalk walkPlanJson(const QJsonObject &root, Plan &plan)
{
    JsonReader reader;
    reader.readPlan(root, plan);
    return {reader.problems, reader.readable, reader.itemsUsable, reader.actionsUsable};
}

} // namespace tranche
