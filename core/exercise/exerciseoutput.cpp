#include "exercise/exerciseoutput.h"

#include "io/jsonwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString phaseId(const Plan &plan, int phase)
{
    return phase >= 0 && phase < plan.phases.size() ? plan.phases.at(phase).id : QString();
}

void writeOptional(JsonWriter &w, QLatin1StringView key, const std::optional<double> &v)
{
    if (v)
        w.field(key, *v);
    else
        w.field(key, QJsonValue());
}

void writeEvent(JsonWriter &w, const ExerciseOutputInput &in, const ExerciseEvent &e)
{
    w.element();
    w.beginObject(JsonWriter::Layout::OneLine);
    w.field("type"_L1, toString(e.type));
    switch (e.type) {
    case ExerciseEventType::Inject:
        w.field("id"_L1, in.package.injects.at(e.inject).id);
        break;
    case ExerciseEventType::Option:
        w.field("inject"_L1, in.package.injects.at(e.inject).id);
        w.field("option"_L1, in.package.injects.at(e.inject).options.at(e.option).id);
        break;
    case ExerciseEventType::Decision:
        w.field("seq"_L1, double(e.seq));
        break;
    case ExerciseEventType::Verified:
    case ExerciseEventType::Failed:
        w.field("phase"_L1, phaseId(in.plan, e.phase));
        w.field("action"_L1, e.action);
        break;
    case ExerciseEventType::Start:
    case ExerciseEventType::End:
        w.field("phase"_L1, phaseId(in.plan, e.placement.phase));
        w.field("relief"_L1, double(e.placement.relief));
        break;
    case ExerciseEventType::Payout:
    case ExerciseEventType::EscrowBreach:
        w.field("amount"_L1, e.amount);
        break;
    default:
        break;
    }
    if (!e.notes.isEmpty())
        w.field("notes"_L1, QJsonValue(QJsonArray::fromStringList(e.notes)));
    w.endObject();
}

void writeMonths(JsonWriter &w, const ExerciseOutputInput &in, const QList<ExerciseMonth> &months,
                 bool events)
{
    w.beginArray();
    for (const ExerciseMonth &m : months) {
        w.element();
        w.beginObject(JsonWriter::Layout::OneLine);
        w.field("month"_L1, double(m.month));
        w.field("released"_L1, m.released);
        w.field("releasedCumulative"_L1, m.releasedCumulative);
        w.field("escrowBalance"_L1, m.escrowBalance);
        w.field("exposure"_L1, m.exposure);
        w.field("inBreach"_L1, m.inBreach);
        w.field("escrowFrozen"_L1, m.escrowFrozen);
        if (events) {
            w.key("events"_L1);
            w.beginArray();
            for (const ExerciseEvent &e : m.events)
                writeEvent(w, in, e);
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
}

void writeMetrics(JsonWriter &w, const ExerciseMetrics &x)
{
    w.key("metrics"_L1);
    w.beginObject(JsonWriter::Layout::OneLine);
    w.field("X1"_L1, x.x1);
    w.field("X2"_L1, x.x2);
    writeOptional(w, "X3"_L1, x.x3);
    writeOptional(w, "X3plan"_L1, x.x3plan);
    writeOptional(w, "X4"_L1, x.x4);
    w.field("X5"_L1, x.x5);
    writeOptional(w, "X6"_L1, x.x6 ? std::optional<double>(*x.x6) : std::nullopt);
    w.key("X7"_L1);
    w.beginObject();
    for (auto it = x.x7.cbegin(); it != x.x7.cend(); ++it) {
        w.key(QStringView(it.key()));
        w.out += JsonWriter::formatNumber(it.value());
    }
    w.endObject();
    w.field("X8"_L1, x.x8);
    writeOptional(w, "firstBreachMonth"_L1,
                  x.firstBreachMonth ? std::optional<double>(*x.firstBreachMonth) : std::nullopt);
    w.endObject();
}

void writeRatings(JsonWriter &w, QLatin1StringView key, const QMap<QString, QString> &ratings)
{
    w.key(key);
    w.beginObject(JsonWriter::Layout::OneLine);
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
        w.key(QStringView(it.key()));
        w.writeString(it.value());
    }
    w.endObject();
}

void writeEvaluation(JsonWriter &w, const ExerciseOutputInput &in)
{
    writeRatings(w, "proposed"_L1, in.run.proposed);
    w.key("evaluation"_L1);
    w.beginObject();
    writeRatings(w, "ratings"_L1, in.log ? in.log->ratings : QMap<QString, QString>());
    w.key("improvements"_L1);
    w.beginArray();
    for (const Improvement &imp : in.log ? in.log->improvements : QList<Improvement>()) {
        w.element();
        w.beginObject(JsonWriter::Layout::OneLine);
        w.field("observation"_L1, imp.observation);
        w.field("recommendation"_L1, imp.recommendation);
        w.field("owner"_L1, imp.owner);
        w.field("due"_L1, imp.due);
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

} // namespace

QByteArray exerciseJson(const ExerciseOutputInput &in, bool withEvaluation)
{
    JsonWriter w;
    w.beginObject();
    w.key("months"_L1);
    writeMonths(w, in, in.run.months, true);
    w.key("projection"_L1);
    writeMonths(w, in, in.run.projection, false);
    w.field("clock"_L1, double(in.run.clock));
    w.field("turn"_L1, double(in.run.turn));
    writeMetrics(w, in.run.metrics);
    writeRatings(w, "objectives"_L1, in.run.objectives);
    if (withEvaluation)
        writeEvaluation(w, in);
    w.endObject();
    w.out += '\n';
    return w.out;
}

} // namespace tranche
