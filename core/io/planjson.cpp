#include "io/planjson.h"

#include "io/jsonnumberscan.h"
#include "io/jsonwriter.h"
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

void writeItem(JsonWriter &w, const SanctionsItem &it)
{
    w.beginObject();
    w.field("id"_L1, it.id);
    w.field("name"_L1, it.name);
    w.field("authority"_L1, toString(it.authority));
    w.field("instrument"_L1, it.instrument);
    w.field("category"_L1, it.category);
    w.field("annualValueUsd"_L1, it.annualValueUsd);
    w.field("reversibility"_L1, toString(it.reversibility));
    w.field("longTermBenefit"_L1, it.longTermBenefit);
    w.field("escrowable"_L1, it.escrowable);
    w.fieldOrNull("targeted"_L1, toString(it.targeted));
    w.field("fatf"_L1, it.fatf);
    w.field("primaryTrade"_L1, it.primaryTrade);
    w.field("source"_L1, it.source);
    w.field("confidence"_L1, it.confidence);
    w.field("valueBasis"_L1, it.valueBasis);
    if (!it.variantOf.isEmpty()) // optional: written only on variants
        w.field("variantOf"_L1, it.variantOf);
    w.extras(it.extra, {"id"_L1, "name"_L1, "authority"_L1, "instrument"_L1, "category"_L1,
                        "annualValueUsd"_L1, "reversibility"_L1, "longTermBenefit"_L1,
                        "escrowable"_L1, "targeted"_L1, "fatf"_L1, "primaryTrade"_L1, "source"_L1,
                        "confidence"_L1, "valueBasis"_L1, "variantOf"_L1});
    w.endObject();
}

void writeAction(JsonWriter &w, const CounterpartAction &a)
{
    w.beginObject();
    w.field("id"_L1, a.id);
    w.field("name"_L1, a.name);
    w.field("category"_L1, a.category);
    w.field("weight"_L1, a.weight);
    QJsonArray completes;
    for (Program p : {Program::Nuclear, Program::Icbm, Program::Wmd}) {
        if (a.completes.testFlag(p))
            completes.append(toString(p));
    }
    w.field("completes"_L1, QJsonValue(completes));
    w.field("financialReform"_L1, a.financialReform);
    w.field("source"_L1, a.source);
    w.field("confidence"_L1, a.confidence);
    w.extras(a.extra, {"id"_L1, "name"_L1, "category"_L1, "weight"_L1, "completes"_L1,
                       "financialReform"_L1, "source"_L1, "confidence"_L1});
    w.endObject();
}

void writePhase(JsonWriter &w, const Phase &ph)
{
    w.beginObject();
    w.field("id"_L1, ph.id);
    w.field("name"_L1, ph.name);
    w.field("kind"_L1, toString(ph.kind));
    w.field("start"_L1, double(ph.start));
    w.field("end"_L1, double(ph.end));
    w.key("actions"_L1);
    w.beginArray();
    for (const RequiredAction &ra : ph.actions) {
        w.element();
        w.beginObject(JsonWriter::Layout::OneLine);
        w.field("action"_L1, ra.action);
        w.field("verifiedMonth"_L1, double(ra.verifiedMonth));
        w.extras(ra.extra, {"action"_L1, "verifiedMonth"_L1});
        w.endObject();
    }
    w.endArray();
    w.key("reliefs"_L1);
    w.beginArray();
    for (const Placement &pl : ph.reliefs) {
        w.element();
        w.beginObject(JsonWriter::Layout::OneLine);
        w.field("item"_L1, pl.item);
        w.field("extent"_L1, pl.extent);
        w.field("start"_L1, double(pl.start));
        w.field("end"_L1, pl.end ? QJsonValue(*pl.end) : QJsonValue(QJsonValue::Null));
        w.field("escrowShare"_L1, pl.escrowShare);
        w.field("escrowAgent"_L1, pl.escrowAgent);
        w.field("permittedUses"_L1, pl.permittedUses);
        w.field("snapback"_L1, pl.snapback);
        w.field("note"_L1, pl.note);
        w.extras(pl.extra, {"item"_L1, "extent"_L1, "start"_L1, "end"_L1, "escrowShare"_L1,
                            "escrowAgent"_L1, "permittedUses"_L1, "snapback"_L1, "note"_L1});
        w.endObject();
    }
    w.endArray();
    w.extras(ph.extra,
             {"id"_L1, "name"_L1, "kind"_L1, "start"_L1, "end"_L1, "actions"_L1, "reliefs"_L1});
    w.endObject();
}

} // namespace

PlanReadResult readPlanJson(const QByteArray &json)
{
    PlanReadResult result;
    if (json.size() > kMaxPlanJsonBytes) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "the document is larger than %1 MiB")
                            .arg(kMaxPlanJsonBytes / (1024 * 1024))});
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
    JsonWriter w;
    w.beginObject();
    w.field("format"_L1, QString(kFormatName));
    w.field("version"_L1, double(kFormatVersion));

    w.key("plan"_L1);
    w.beginObject();
    w.field("title"_L1, plan.meta.title);
    w.field("counterpart"_L1, plan.meta.counterpart);
    w.fieldOrNull("start"_L1, plan.meta.start);
    w.field("classification"_L1, plan.meta.classification);
    w.field("profile"_L1, plan.meta.profile);
    if (plan.meta.referenceValueUsd)
        w.field("referenceValueUsd"_L1, *plan.meta.referenceValueUsd);
    w.extras(plan.meta.extra, {"title"_L1, "counterpart"_L1, "start"_L1, "classification"_L1,
                               "profile"_L1, "referenceValueUsd"_L1});
    w.endObject();

    w.key("catalog"_L1);
    w.beginObject();
    w.key("items"_L1);
    w.beginArray();
    for (const SanctionsItem &it : plan.catalog.items) {
        w.element();
        writeItem(w, it);
    }
    w.endArray();
    w.key("actions"_L1);
    w.beginArray();
    for (const CounterpartAction &a : plan.catalog.actions) {
        w.element();
        writeAction(w, a);
    }
    w.endArray();
    w.endObject();

    w.key("phases"_L1);
    w.beginArray();
    for (const Phase &ph : plan.phases) {
        w.element();
        writePhase(w, ph);
    }
    w.endArray();

    w.key("waivers"_L1);
    w.beginArray();
    for (const Waiver &wv : plan.waivers) {
        w.element();
        w.beginObject();
        w.field("rule"_L1, wv.rule);
        w.fieldOrNull("phase"_L1, wv.phase);
        w.fieldOrNull("item"_L1, wv.item);
        w.field("justification"_L1, wv.justification);
        w.field("author"_L1, wv.author);
        w.fieldOrNull("date"_L1, wv.date.isValid() ? wv.date.toString(u"yyyy-MM-dd"_s) : QString());
        w.endObject();
    }
    w.endArray();

    w.extras(plan.extra,
             {"format"_L1, "version"_L1, "plan"_L1, "catalog"_L1, "phases"_L1, "waivers"_L1});
    w.endObject();
    w.out += '\n';
    return w.out;
}

PlanReadResult readPlanJsonFile(const QString &path)
{
    PlanReadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "the file does not exist")});
        return result;
    }
    if (!info.isFile()) {
        result.problems.append({QString(), QCoreApplication::translate(
                                               "tranche", "not a file (a folder or a device)")});
        return result;
    }
    if (info.size() > kMaxPlanJsonBytes) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "the file is larger than %1 MiB")
                            .arg(kMaxPlanJsonBytes / (1024 * 1024))});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "cannot read the file: %1")
                            .arg(file.errorString())});
        return result;
    }
    // Read one byte more than allowed: the file may have grown since stat().
    const QByteArray json = file.read(kMaxPlanJsonBytes + 1);
    if (json.size() > kMaxPlanJsonBytes) {
        result.problems.append(
            {QString(), QCoreApplication::translate("tranche", "the file is larger than %1 MiB")
                            .arg(kMaxPlanJsonBytes / (1024 * 1024))});
        return result;
    }
    return readPlanJson(json);
}

} // namespace tranche