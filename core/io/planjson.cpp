#include "io/planjson.h"

#include "io/jsontextscan.h"
#include "io/jsonwriter.h"
#include "io/planfields.h"
#include "io/planjsonstream.h"
#include "io/planjsonwalk.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <filesystem>
#include <system_error>

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
        u"referenceValueUsd"_s, u"decisionAsked"_s, u"sources"_s, u"publisher"_s, u"year"_s,
        u"url"_s, u"valueQuantified"_s, u"catalog"_s, u"items"_s, u"actions"_s, u"reliefs"_s,
        u"phases"_s,
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
                    if (f.omitDefault && (v.*member).isEmpty())
                        return;
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
                } else if constexpr (std::is_same_v<M, bool T::*>) {
                    if (!f.omitDefault || !(v.*member)) // an omitted boolean is true
                        w.field(f.key, v.*member);
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

// What the first bytes show about a document that cannot be a plan: too
// large, empty, UTF-16, or a JSON value other than an object or an array.
std::optional<Problem> refuseText(const QByteArray &json)
{
    if (json.size() > kMaxPlanJsonBytes)
        return limitProblem(PlanLimit::JsonFileBytes, QString());
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF")) {
        return Problem(QString(), QCoreApplication::translate(
                                      "tranche", "the file is UTF-16 (it starts with a UTF-16 "
                                                 "byte order mark); a plan must be UTF-8"));
    }
    qsizetype i = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < json.size() &&
           (json.at(i) == ' ' || json.at(i) == '\t' || json.at(i) == '\n' || json.at(i) == '\r'))
        ++i;
    if (i == json.size())
        return Problem(QString(), QCoreApplication::translate("tranche", "the document is empty"));
    const char c = json.at(i);
    QString what;
    if (c == '"')
        what = QCoreApplication::translate("tranche", "a string");
    else if (json.mid(i, 4) == "null")
        what = QCoreApplication::translate("tranche", "null");
    else if (json.mid(i, 4) == "true" || json.mid(i, 5) == "false")
        what = QCoreApplication::translate("tranche", "true or false");
    else if (c == '-' || (c >= '0' && c <= '9'))
        what = QCoreApplication::translate("tranche", "a number");
    if (what.isEmpty())
        return std::nullopt; // an object, an array, or text that Qt's parser names the fault of
    return Problem(QString(),
                   QCoreApplication::translate(
                       "tranche", "must be a JSON object (the document is %1, not an object)")
                       .arg(what));
}

// A parsed document and what was wrong on the way.
struct Parsed
{
    QJsonDocument doc;
    QList<Problem> problems;
    qsizetype unlisted = 0;
};

// Parses json with Qt, after a scan of the text when Qt would refuse a
// number without naming it or accept what the format forbids.
Parsed parse(const QByteArray &json)
{
    Parsed out;
    JsonTextScan scan;
    bool scanned = false;
    const auto textScan = [&] {
        scan = scanJsonText(json);
        scanned = true;
        out.problems = scan.problems;
        out.unlisted = scan.unlisted;
        return !scan.limitHit;
    };
    if (quickJsonShape(json).any() && !textScan())
        return out; // a limit: refused at once
    QJsonParseError error;
    out.doc = QJsonDocument::fromJson(scan.changed ? scan.text : json, &error);
    // Qt names a number it refuses (out of range, leading zero) no better
    // than "illegal number": the scan finds each with its pointer.
    if (!scanned && error.error != QJsonParseError::NoError) {
        if (!textScan())
            return out;
        if (scan.changed)
            out.doc = QJsonDocument::fromJson(scan.text, &error);
    }
    if (error.error != QJsonParseError::NoError) {
        out.doc = QJsonDocument();
        const auto [line, column] = lineColumn(scan.changed ? scan.text : json, error.offset);
        out.problems.append(
            {QString(), QCoreApplication::translate(
                            "tranche", "not valid JSON: %1 at offset %2 (line %3, column %4)")
                            .arg(error.errorString())
                            .arg(error.offset)
                            .arg(line)
                            .arg(column)});
    } else if (!out.doc.isObject()) {
        out.doc = QJsonDocument();
        out.problems.append({QString(), QCoreApplication::translate(
                                            "tranche", "must be a JSON object (the document is "
                                                       "an array, not an object)")});
    }
    return out;
}

} // namespace

PlanReadResult readPlanJson(const QByteArray &json)
{
    PlanReadResult result;
    if (const std::optional<Problem> refused = refuseText(json)) {
        result.problems.append(*refused);
        return result;
    }
    // The fast way first: a valid plan read as a stream, checked once.
    std::optional<Plan> streamed = streamPlanJson(json);
    if (streamed && validatePlan(*streamed).isEmpty()) {
        result.plan = std::move(streamed);
        return result;
    }
    streamed.reset();
    return readPlanJsonFull(json);
}

PlanReadResult readPlanJsonFull(const QByteArray &json, std::optional<Plan> *invalid)
{
    PlanReadResult result;
    if (const std::optional<Problem> refused = refuseText(json)) {
        result.problems.append(*refused);
        return result;
    }
    Parsed parsed = parse(json);
    if (!parsed.doc.isObject()) {
        result.problems = std::move(parsed.problems);
        capProblems(result.problems, parsed.unlisted);
        return result;
    }

    Plan plan;
    PlanJsonWalk reader = walkPlanJson(parsed.doc.object(), plan);
    parsed.doc = QJsonDocument();        // the tree is not needed any more
    nameProblems(parsed.problems, plan); // the text scan's, found before the plan was read
    reader.problems = parsed.problems + reader.problems;

    // A field whose JSON was wrong keeps its default in the plan: drop what
    // validatePlan() says about it (or below it), and references to a
    // catalog list that could not be read. A walk that found more problems
    // than are listed does not look for more.
    qsizetype unlisted = reader.unlisted + parsed.unlisted;
    const bool walked = reader.readable && reader.problems.isEmpty() && unlisted == 0;
    if (reader.readable && unlisted == 0) {
        QSet<QString> reported;
        for (const Problem &p : std::as_const(reader.problems))
            reported.insert(p.pointer);
        const auto keep = [&](const Problem &p) {
            return (reported.isEmpty() || !coveredBy(p.pointer, reported)) &&
                   (reader.itemsUsable || !isReferencePointer(p.pointer, u"reliefs", u"item")) &&
                   (reader.actionsUsable || !isReferencePointer(p.pointer, u"actions", u"action"));
        };
        reader.problems += validatePlan(plan, keep, planLimit(PlanLimit::Problems), &unlisted);
    }

    result.problems = std::move(reader.problems);
    std::stable_sort(result.problems.begin(), result.problems.end(), documentOrder);
    capProblems(result.problems, unlisted);
    if (result.problems.isEmpty())
        result.plan = std::move(plan);
    else if (invalid && walked && unlisted == 0)
        *invalid = std::move(plan);
    return result;
}

QByteArray writePlanJson(const Plan &plan)
{
    static const QList<QLatin1StringView> metaKeys =
        planfields::keys(planfields::kMeta, {planfields::kSources});
    static const QList<QLatin1StringView> topKeys(planfields::kTopLevel.begin(),
                                                  planfields::kTopLevel.end());
    JsonWriter w;
    w.beginObject();
    w.field(planfields::kFormat, QString(kFormatName));
    w.field(planfields::kVersion, double(kFormatVersion));

    w.key(planfields::kPlan);
    w.beginObject();
    writeFields(w, planfields::kMeta, plan.meta, noCustom);
    if (!plan.meta.sources.isEmpty()) { // written only when the plan has a bibliography
        w.key(planfields::kSources);
        w.beginArray();
        for (const Source &s : plan.meta.sources)
            writeObject(w, planfields::kSource, s, noCustom);
        w.endArray();
    }
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

PlanReadResult readPlanJsonFile(const QString &path, std::optional<Plan> *invalid)
{
    PlanReadResult result;
    const auto refuse = [&result](const QString &reason) {
        result.problems.append({QString(), reason});
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists() && info.isSymLink()) {
        std::error_code ec;
        const auto resolved = std::filesystem::canonical(QFile::encodeName(path).toStdString(), ec);
        Q_UNUSED(resolved);
        if (ec == std::errc::too_many_symbolic_link_levels)
            return refuse(QCoreApplication::translate(
                "tranche", "the file is a symbolic link that loops (it leads back to itself)"));
        return refuse(QCoreApplication::translate(
                          "tranche", "the file is a symbolic link to %1, which does not exist")
                          .arg(QDir::toNativeSeparators(info.symLinkTarget())));
    }
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
    // A buffer of the file's own size (QIODevice::read(n) allocates n bytes),
    // and one byte more: the file may have grown since stat().
    const qint64 size = std::min(file.size(), kMaxPlanJsonBytes);
    QByteArray json = file.read(size + 1);
    if (json.size() > size)
        json += file.read(kMaxPlanJsonBytes + 1 - json.size());
    if (json.size() > kMaxPlanJsonBytes)
        return refuse(limitProblem(PlanLimit::JsonFileBytes, QString()).reason);
    return invalid ? readPlanJsonFull(json, invalid) : readPlanJson(json);
}

} // namespace tranche