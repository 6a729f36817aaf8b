#include "io/planjson.h"

#include "io/jsonnumberscan.h"
#include "io/jsonwriter.h"
#include "io/planfields.h"
#include "io/planjsonwalk.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

constexpr QLatin1StringView kFormatName("tranche-plan");
constexpr int kFormatVersion = kPlanJsonFormatVersion;

// Line and column (1-based) of a byte offset, for syntax errors.
std::pair<int, int> lineColumn(const QByteArray &json, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

// True when pointer or one of its ancestors (not the root) is in the set.
bool coveredBy(const QString &pointer, const QSet<QString> &reported)
{
    qsizetype end = pointer.size();
    while (end > 0) {
        if (reported.contains(pointer.left(end)))
            return true;
        end = pointer.lastIndexOf(u'/', end - 1);
    }
    return false;
}

// Orders problems as they appear in a written plan: array elements by index,
// fields in the format's order (one order that fits every object), unknown
// fields after the known ones.
bool documentOrder(const Problem &a, const Problem &b)
{
    // clang-format off
    static const QStringList order = {
        u"format"_s, u"version"_s, u"plan"_s, u"title"_s, u"counterpart"_s, u"rule"_s, u"phase"_s,
        u"id"_s, u"item"_s, u"action"_s, u"verifiedMonth"_s, u"name"_s, u"authority"_s, u"kind"_s,
        u"instrument"_s, u"category"_s, u"annualValueUsd"_s, u"reversibility"_s,
        u"longTermBenefit"_s, u"escrowable"_s, u"targeted"_s, u"fatf"_s, u"primaryTrade"_s,
        u"weight"_s, u"completes"_s, u"financialReform"_s, u"extent"_s, u"start"_s, u"end"_s,
        u"escrowShare"_s, u"escrowAgent"_s, u"permittedUses"_s, u"snapback"_s, u"note"_s,
        u"source"_s, u"confidence"_s, u"valueBasis"_s, u"variantOf"_s, u"classification"_s, u"profile"_s,
        u"referenceValueUsd"_s, u"catalog"_s, u"items"_s, u"actions"_s, u"reliefs"_s, u"phases"_s,
        u"waivers"_s, u"justification"_s, u"author"_s, u"date"_s};
    // clang-format on
    const QList<QStringView> x = QStringView(a.pointer).split(u'/');
    const QList<QStringView> y = QStringView(b.pointer).split(u'/');
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i) {
        if (x.at(i) == y.at(i))
            continue;
        bool xNumber = false;
        bool yNumber = false;
        const qint64 xi = x.at(i).toLongLong(&xNumber);
        const qint64 yi = y.at(i).toLongLong(&yNumber);
        if (xNumber && yNumber)
            return xi < yi;
        qsizetype xr = order.indexOf(x.at(i));
        qsizetype yr = order.indexOf(y.at(i));
        xr = xr < 0 ? order.size() : xr;
        yr = yr < 0 ? order.size() : yr;
        if (xr != yr)
            return xr < yr;
        return x.at(i) < y.at(i);
    }
    return x.size() < y.size();
}

// A reference check of validatePlan(): /phases/N/reliefs/M/item or
// /phases/N/actions/M/action.
bool isReferencePointer(const QString &pointer, QStringView list, QStringView field)
{
    const QList<QStringView> parts = QStringView(pointer).split(u'/');
    return parts.size() == 6 && parts.at(1) == u"phases" && parts.at(3) == list &&
           parts.at(5) == field;
}

// Writes the fields of v in table order; custom(key) writes a Custom field.
template <typename T, std::size_t N, typename Custom>
void writeFields(JsonWriter &w, const std::array<planfields::Field<T>, N> &table, const T &v,
                 Custom custom)
{
    for (const planfields::Field<T> &f : table) {
        std::visit(
            [&](auto member) {
                using M = decltype(member);
                if constexpr (std::is_same_v<M, std::monostate>) {
                    custom(f.key);
                } else if constexpr (std::is_same_v<M, QString T::*>) {
                    if (f.nullWhenEmpty)
                        w.fieldOrNull(f.key, v.*member);
                    else
                        w.field(f.key, v.*member);
                } else if constexpr (std::is_same_v<M, std::optional<double> T::*>) {
                    if (v.*member) // an unset reference value is left out
                        w.field(f.key, *(v.*member));
                } else if constexpr (std::is_same_v<M, int T::*>) {
                    w.field(f.key, double(v.*member));
                } else if constexpr (std::is_same_v<M, std::optional<int> T::*>) {
                    w.field(f.key, v.*member ? QJsonValue(*(v.*member)) : QJsonValue());
                } else {
                    w.field(f.key, v.*member);
                }
            },
            f.member);
    }
}

// An object of a list: its fields, then its extras.
template <typename T, std::size_t N, typename Custom>
void writeObject(JsonWriter &w, const std::array<planfields::Field<T>, N> &table, const T &v,
                 Custom custom, JsonWriter::Layout layout = JsonWriter::Layout::Lines)
{
    static const QList<QLatin1StringView> known = planfields::keys(table);
    w.element();
    w.beginObject(layout);
    writeFields(w, table, v, custom);
    w.extras(v.extra, known);
    w.endObject();
}

void noCustom(QLatin1StringView) {}

void writeItem(JsonWriter &w, const SanctionsItem &it)
{
    writeObject(w, planfields::kItem, it, [&](QLatin1StringView key) {
        if (key == "authority"_L1)
            w.field(key, toString(it.authority));
        else if (key == "reversibility"_L1)
            w.field(key, toString(it.reversibility));
        else if (key == "targeted"_L1)
            w.fieldOrNull(key, toString(it.targeted));
        else if (key == "variantOf"_L1 && !it.variantOf.isEmpty()) // written only on variants
            w.field(key, it.variantOf);
    });
}

void writeAction(JsonWriter &w, const CounterpartAction &a)
{
    writeObject(w, planfields::kAction, a, [&](QLatin1StringView key) {
        QJsonArray completes;
        for (Program p : {Program::Nuclear, Program::Icbm, Program::Wmd}) {
            if (a.completes.testFlag(p))
                completes.append(toString(p));
        }
        w.field(key, QJsonValue(completes));
    });
}

void writePhase(JsonWriter &w, const Phase &ph)
{
    static const QList<QLatin1StringView> known =
        planfields::keys(planfields::kPhase, {planfields::kActions, planfields::kReliefs});
    w.element();
    w.beginObject();
    writeFields(w, planfields::kPhase, ph,
                [&](QLatin1StringView key) { w.field(key, toString(ph.kind)); });
    w.key(planfields::kActions);
    w.beginArray();
    for (const RequiredAction &ra : ph.actions)
        writeObject(w, planfields::kRequiredAction, ra, noCustom, JsonWriter::Layout::OneLine);
    w.endArray();
    w.key(planfields::kReliefs);
    w.beginArray();
    for (const Placement &pl : ph.reliefs)
        writeObject(w, planfields::kPlacement, pl, noCustom, JsonWriter::Layout::OneLine);
    w.endArray();
    w.extras(ph.extra, known);
    w.endObject();
}

void writeWaiver(JsonWriter &w, const Waiver &wv)
{
    w.element();
    w.beginObject();
    writeFields(w, planfields::kWaiver, wv, [&](QLatin1StringView key) {
        w.fieldOrNull(key, wv.date.isValid() ? wv.date.toString(u"yyyy-MM-dd"_s) : QString());
    });
    w.endObject();
}

} // namespace

PlanReadResult readPlanJson(const QByteArray &json)
{
    PlanReadResult result;
    if (json.size() > kMaxPlanJsonBytes) {
        result.problems.append(limitProblem(PlanLimit::JsonFileBytes, QString()));
        return result;
    }
    if (json.trimmed().isEmpty()) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "the document is empty")});
        return result;
    }

    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QList<Problem> numberProblems;
    QByteArray parsed = json;
    if (error.error == QJsonParseError::IllegalNumber) {
        NumberScan scan = scanJsonNumbers(json);
        numberProblems = scan.problems;
        if (scan.changed) {
            parsed = scan.text;
            doc = QJsonDocument::fromJson(parsed, &error);
        }
    }
    if (error.error != QJsonParseError::NoError) {
        result.problems = numberProblems;
        const auto [line, column] = lineColumn(parsed, error.offset);
        result.problems.append(
            {QString(), QCoreApplication::translate(
                            "tranche", "not valid JSON: %1 at offset %2 (line %3, column %4)")
                            .arg(error.errorString())
                            .arg(error.offset)
                            .arg(line)
                            .arg(column)});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "must be a JSON object")});
        return result;
    }

    Plan plan;
    PlanJsonWalk reader = walkPlanJson(doc.object(), plan);
    reader.problems = numberProblems + reader.problems;

    // A field whose JSON was wrong keeps its default in the plan: drop what
    // validatePlan() says about it (or below it), and references to a
    // catalog list that could not be read.
    QSet<QString> reported;
    for (const Problem &p : std::as_const(reader.problems))
        reported.insert(p.pointer);
    if (reader.readable) {
        const QList<Problem> structural = validatePlan(plan);
        for (const Problem &p : structural) {
            if (coveredBy(p.pointer, reported))
                continue;
            if (!reader.itemsUsable && isReferencePointer(p.pointer, u"reliefs", u"item"))
                continue;
            if (!reader.actionsUsable && isReferencePointer(p.pointer, u"actions", u"action"))
                continue;
            reader.problems.append(p);
        }
    }

    result.problems = reader.problems;
    std::stable_sort(result.problems.begin(), result.problems.end(), documentOrder);
    if (result.problems.isEmpty())
        result.plan = std::move(plan);
    return result;
}

QByteArray writePlanJson(const Plan &plan)
{
    static const QList<QLatin1StringView> metaKeys = planfields::keys(planfields::kMeta);
    static const QList<QLatin1StringView> topKeys(planfields::kTopLevel.begin(),
                                                  planfields::kTopLevel.end());
    JsonWriter w;
    w.beginObject();
    w.field(planfields::kFormat, QString(kFormatName));
    w.field(planfields::kVersion, double(kFormatVersion));

    w.key(planfields::kPlan);
    w.beginObject();
    writeFields(w, planfields::kMeta, plan.meta, noCustom);
    w.extras(plan.meta.extra, metaKeys);
    w.endObject();

    w.key(planfields::kCatalog);
    w.beginObject();
    w.key(planfields::kItems);
    w.beginArray();
    for (const SanctionsItem &it : plan.catalog.items)
        writeItem(w, it);
    w.endArray();
    w.key(planfields::kActions);
    w.beginArray();
    for (const CounterpartAction &a : plan.catalog.actions)
        writeAction(w, a);
    w.endArray();
    w.endObject();

    w.key(planfields::kPhases);
    w.beginArray();
    for (const Phase &ph : plan.phases)
        writePhase(w, ph);
    w.endArray();

    w.key(planfields::kWaivers);
    w.beginArray();
    for (const Waiver &wv : plan.waivers)
        writeWaiver(w, wv);
    w.endArray();

    w.extras(plan.extra, topKeys);
    w.endObject();
    w.out += '\n';
    return w.out;
}

PlanReadResult readPlanJsonFile(const QString &path)
{
    PlanReadResult result;
    const auto refuse = [&result](const QString &reason) {
        result.problems.append({QString(), reason});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return refuse(QCoreApplication::translate("tranche", "the file does not exist"));
    if (!info.isFile())
        return refuse(QCoreApplication::translate("tranche", "not a file (a folder or a device)"));
    if (info.size() > kMaxPlanJsonBytes)
        return refuse(limitProblem(PlanLimit::JsonFileBytes, QString()).reason);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QCoreApplication::translate("tranche", "cannot read the file: %1")
                          .arg(file.errorString()));
    // Read one byte more than allowed: the file may have grown since stat().
    const QByteArray json = file.read(kMaxPlanJsonBytes + 1);
    if (json.size() > kMaxPlanJsonBytes)
        return refuse(limitProblem(PlanLimit::JsonFileBytes, QString()).reason);
    return readPlanJson(json);
}

} // namespace tranche