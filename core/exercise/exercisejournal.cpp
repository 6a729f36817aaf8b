#include "exercise/exerciseoutput.h"

#include "cli/terminalsafe.h"

#include "io/jsonwriter.h"
#include "model/money.h"
#include "model/monthlabel.h"

#include "exercise/exercisejson.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The CSV journal and the text account of an exercise run.

namespace tranche {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

const Decision *decisionOf(const ExerciseOutputInput &in, int seq)
{
    if (!in.log || seq < 1 || seq > in.log->decisions.size())
        return nullptr;
    return &in.log->decisions.at(seq - 1);
}

// The columns id/seq, phase, relief, action, amount, role, rationale of an event.
QStringList eventColumns(const ExerciseOutputInput &in, const ExerciseEvent &e)
{
    QStringList c(7);
    const auto phaseId = [&in](int p) { return p >= 0 ? in.plan.phases.at(p).id : QString(); };
    switch (e.type) {
    case ExerciseEventType::Inject:
        c[0] = in.package.injects.at(e.inject).id;
        break;
    case ExerciseEventType::Option:
        c[0] = in.package.injects.at(e.inject).id + u':' +
               in.package.injects.at(e.inject).options.at(e.option).id;
        break;
    case ExerciseEventType::Decision:
        c[0] = QString::number(e.seq);
        if (const Decision *d = decisionOf(in, e.seq)) {
            c[5] = toString(d->role);
            c[6] = d->rationale;
        }
        break;
    case ExerciseEventType::Verified:
    case ExerciseEventType::Failed:
        c[1] = phaseId(e.phase);
        c[3] = e.action;
        break;
    case ExerciseEventType::Start:
    case ExerciseEventType::End:
        c[1] = phaseId(e.placement.phase);
        c[2] = QString::number(e.placement.relief);
        break;
    case ExerciseEventType::Payout:
    case ExerciseEventType::EscrowBreach:
        c[4] = QString::fromLatin1(JsonWriter::formatNumber(e.amount));
        break;
    default:
        break;
    }
    return c;
}

// "a05 Dismantle the test site" (the id alone when the catalog gives no name).
QString actionText(const ExerciseOutputInput &in, const QString &id)
{
    const CounterpartAction *a = in.plan.catalog.action(id);
    return a && !a->name.isEmpty() ? id + u' ' + a->name : id;
}

QString itemOf(const ExerciseOutputInput &in, const PlacementRef &ref)
{
    return in.plan.phases.at(ref.phase).reliefs.at(ref.relief).item;
}

QString describe(const ExerciseOutputInput &in, const ExerciseEvent &e)
{
    const QStringList c = eventColumns(in, e);
    switch (e.type) {
    case ExerciseEventType::Inject: {
        const Inject &inject = in.package.injects.at(e.inject);
        return ExerciseText::tr("inject %1: %2").arg(inject.id, inject.title) +
               (inject.synopsis.isEmpty() ? QString() : u" - "_s + inject.synopsis);
    }
    case ExerciseEventType::Option:
        return ExerciseText::tr("option chosen: %1").arg(c.at(0));
    case ExerciseEventType::Decision: {
        const Decision *d = decisionOf(in, e.seq);
        if (!d)
            return ExerciseText::tr("decision %1").arg(e.seq);
        QString text = ExerciseText::tr("decision %1 (%2, %3)")
                           .arg(e.seq)
                           .arg(toString(d->role), toString(d->type));
        if (!d->author.isEmpty())
            text += u' ' + ExerciseText::tr("by %1").arg(d->author);
        if (!d->wallTime.isEmpty())
            text += u' ' + ExerciseText::tr("at %1").arg(d->wallTime);
        const QString why = !d->rationale.isEmpty() ? d->rationale : d->text;
        return why.isEmpty() ? text : text + u": "_s + why;
    }
    case ExerciseEventType::Verified:
        return ExerciseText::tr("verified: %1 (phase %2)").arg(actionText(in, c.at(3)), c.at(1));
    case ExerciseEventType::Failed:
        return ExerciseText::tr("FAILED: %1 (phase %2)").arg(actionText(in, c.at(3)), c.at(1));
    case ExerciseEventType::Start:
        return ExerciseText::tr("relief starts: phase %1, placement %2 (%3)")
            .arg(c.at(1), c.at(2), itemOf(in, e.placement));
    case ExerciseEventType::End:
        return ExerciseText::tr("relief ends: phase %1, placement %2 (%3)")
            .arg(c.at(1), c.at(2), itemOf(in, e.placement));
    case ExerciseEventType::Breach:
        return ExerciseText::tr("IN BREACH: snapback relief ends, escrow frozen");
    case ExerciseEventType::Cure:
        return ExerciseText::tr("breach cured: escrow unfrozen");
    case ExerciseEventType::Payout:
        return ExerciseText::tr("payout: %1 of escrow released").arg(formatMoney(e.amount));
    case ExerciseEventType::EscrowBreach:
        return ExerciseText::tr("ESCROW BREACH: %1 reached the counterpart")
            .arg(formatMoney(e.amount));
    }
    return {};
}

QString metricText(const std::optional<double> &v, bool money = true)
{
    if (!v)
        return ExerciseText::tr("none");
    return money ? formatMoney(*v) : QString::number(*v);
}

void writeSummary(const ExerciseOutputInput &in, QString &out)
{
    const ExerciseMetrics &x = in.run.metrics;
    out += ExerciseText::tr("Figures") + u'\n';
    out += ExerciseText::tr("  X1 released under overrides: %1").arg(formatMoney(x.x1)) + u'\n';
    out += ExerciseText::tr("  X2 escrowed under overrides: %1").arg(formatMoney(x.x2)) + u'\n';
    out += ExerciseText::tr("  X3 exposure at the first breach: %1 (plan: %2)")
               .arg(metricText(x.x3), metricText(x.x3plan)) +
           u'\n';
    out += ExerciseText::tr("  X4 released while in breach: %1").arg(metricText(x.x4)) + u'\n';
    out += ExerciseText::tr("  X5 escrow leaked: %1").arg(formatMoney(x.x5)) + u'\n';
    out += ExerciseText::tr("  X6 turns to respond: %1")
               .arg(metricText(x.x6 ? std::optional<double>(*x.x6) : std::nullopt, false)) +
           u'\n';
    out += ExerciseText::tr("  X7 new violations: %1")
               .arg(x.x7.isEmpty() ? ExerciseText::tr("none")
                                   : QStringList(x.x7.keys()).join(u", "_s)) +
           u'\n';
    out += ExerciseText::tr("  X8 released in all: %1").arg(formatMoney(x.x8)) + u'\n';
    if (!in.package.objectives.isEmpty())
        out += ExerciseText::tr("Objectives") + u'\n';
    for (const Objective &o : in.package.objectives)
        out += u"  "_s + in.run.objectives.value(o.id) + u"  "_s +
               terminalSafe(o.id + u": "_s + o.title) + u'\n';
}

} // namespace

QString exerciseEventText(const ExerciseOutputInput &in, const ExerciseEvent &e)
{
    return describe(in, e);
}

QByteArray exerciseJournalCsv(const ExerciseOutputInput &in)
{
    QString out = u"month,turn,type,id/seq,phase,relief,action,amount,role,rationale\n"_s;
    for (const ExerciseMonth &m : in.run.months) {
        for (const ExerciseEvent &e : m.events) {
            QStringList row{QString::number(m.month), QString::number(m.turn), toString(e.type)};
            for (const QString &c : eventColumns(in, e))
                row.append(csvField(c));
            out += row.join(u',') + u'\n';
        }
    }
    return out.toUtf8();
}

QString exerciseText(const ExerciseOutputInput &in)
{
    QString out = terminalSafe(in.package.caveat) + u'\n';
    out += terminalSafe(ExerciseText::tr("Exercise %1 (%2) on the plan %3")
                            .arg(in.package.title, in.package.id, in.plan.meta.title)) +
           u'\n';
    int turn = -1;
    for (const ExerciseMonth &m : in.run.months) {
        if (m.turn != turn) {
            turn = m.turn;
            out += (turn == 0 ? ExerciseText::tr("Before the exercise (played silently)")
                              : ExerciseText::tr("Turn %1").arg(turn)) +
                   u'\n';
        }
        if (turn == 0 && m.events.isEmpty())
            continue;
        const std::optional<QDate> date = in.plan.monthDate(m.month);
        const QString month = date ? ExerciseText::tr("%1 (%2)").arg(m.month).arg(monthLabel(*date))
                                   : QString::number(m.month);
        out += ExerciseText::tr("  Month %1: released %2, in all %3, escrow %4, exposure %5")
                   .arg(month)
                   .arg(formatMoney(m.released), formatMoney(m.releasedCumulative),
                        formatMoney(m.escrowBalance), formatMoney(m.exposure));
        if (m.inBreach)
            out += u", "_s + ExerciseText::tr("in breach");
        out += u'\n';
        for (const ExerciseEvent &e : m.events) {
            out += u"    - "_s + terminalSafe(describe(in, e)) + u'\n';
            for (const QString &note : e.notes)
                out += u"      "_s + terminalSafe(note) + u'\n';
        }
    }
    if (!in.run.projection.isEmpty())
        out += ExerciseText::tr("Projected to month %1: released in all %2, exposure %3")
                   .arg(in.run.projection.constLast().month)
                   .arg(formatMoney(in.run.projection.constLast().releasedCumulative),
                        formatMoney(in.run.projection.constLast().exposure)) +
               u'\n';
    writeSummary(in, out);
    out += terminalSafe(in.package.caveat) + u'\n';
    return out;
}

} // namespace tranche
