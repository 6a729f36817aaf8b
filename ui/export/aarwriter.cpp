#include "export/aarwriter.h"

#include "exercise/exercisejson.h"
#include "export/exercisefigures.h"
#include "export/exporter.h"
#include "export/playedchart.h"
#include "export/reportflow.h"
#include "model/money.h"
#include "model/monthlabel.h"

#include <QPainter>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

ReportCell cell(const QString &text, ReportSpan::Style style = ReportSpan::Body,
                const QColor &colour = {})
{
    return {ReportSpan{text, style, colour}};
}

const QColor kDraft(0xc5, 0x30, 0x30);

} // namespace

AarWriter::AarWriter(const ExerciseOutputInput &in)
    : m_in(in), m_planned(computeValueFlow(in.plan)), m_date(QDate::currentDate())
{}

AarWriter::~AarWriter() = default;

bool AarWriter::isDraft() const
{
    for (const Objective &o : m_in.package.objectives)
        if (!m_in.log || !m_in.log->ratings.contains(o.id))
            return true;
    return false;
}

TitleBlock AarWriter::titleBlock() const
{
    TitleBlock b;
    b.classification = m_in.plan.meta.classification;
    b.title = m_in.package.title.isEmpty() ? m_in.package.id : m_in.package.title;
    b.counterpart = m_in.plan.meta.counterpart;
    b.source = m_in.plan.meta.title;
    b.profile = m_in.plan.meta.profile;
    b.subject = tr("After-action report");
    b.date = m_date;
    return b;
}

// The exporter's banners and title block, then the caveat strip (with DRAFT).
QRectF AarWriter::paintFrame(QPainter *p, const QRectF &page, int number) const
{
    const QString pageText = tr("Page %1 of %2").arg(number).arg(pageCount());
    const QRectF content = Exporter::paintFrame(p, page, titleBlock(), pageText);
    QFont font = p ? p->font() : QFont();
    font.setBold(true);
    const double h = QFontMetricsF(font).height() + 6;
    if (p) {
        p->save();
        p->setFont(font);
        const QRectF strip(content.left(), content.top(), content.width(), h);
        p->fillRect(strip, QColor(0xfe, 0xfc, 0xbf));
        p->setPen(QColor(0x1a202c));
        p->drawText(strip.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                    m_in.package.caveat);
        if (isDraft()) {
            p->setPen(kDraft);
            p->drawText(strip.adjusted(6, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                        tr("DRAFT - not every objective is rated yet"));
        }
        p->restore();
    }
    return content.adjusted(0, h + 6, 0, 0);
}

QString AarWriter::monthText(int month) const
{
    const std::optional<QDate> date = m_in.plan.monthDate(month);
    return date ? tr("month %1 (%2)").arg(month).arg(monthLabel(*date)) : tr("month %1").arg(month);
}

QString AarWriter::placementText(const PlacementRef &ref) const
{
    if (ref.phase < 0 || ref.phase >= m_in.plan.phases.size())
        return {};
    const Phase &phase = m_in.plan.phases.at(ref.phase);
    if (ref.relief < 0 || ref.relief >= phase.reliefs.size())
        return phase.id;
    const QString id = phase.reliefs.at(ref.relief).item;
    const SanctionsItem *item = m_in.plan.catalog.item(id);
    return tr("%1 in phase %2").arg(item && !item->name.isEmpty() ? item->name : id, phase.id);
}

QString AarWriter::decisionText(const Decision &d) const
{
    QString text = toString(d.type);
    const auto injectTitle = [this](int i) {
        return i >= 0 ? m_in.package.injects.at(i).title : QString();
    };
    switch (d.type) {
    case DecisionType::Advance:
        return d.months == 1  ? tr("advance 1 month")
               : d.months > 1 ? tr("advance %1 months").arg(d.months)
                              : tr("advance a turn");
    case DecisionType::FireInject:
    case DecisionType::SkipInject:
        return text + u": "_s + injectTitle(d.inject);
    case DecisionType::Adjudicate: {
        const Inject &inject = m_in.package.injects.at(d.inject);
        const InjectOption &o = inject.options.at(d.option);
        return text + u": "_s + inject.title + u" \u2192 "_s + (o.label.isEmpty() ? o.id : o.label);
    }
    case DecisionType::Extend:
        return text + u": "_s + placementText(d.placement) + u", "_s +
               tr("%1 more months").arg(d.months);
    case DecisionType::Step:
        return text + u": "_s +
               (d.reverse ? tr("%1 reversed").arg(d.action)
                          : tr("%1 delayed to %2").arg(d.action, monthText(d.delayTo.value_or(0))));
    case DecisionType::Cheat:
    case DecisionType::Note:
    case DecisionType::Observe:
        return text + u": "_s + d.text;
    default:
        break;
    }
    return d.placement.isValid() ? text + u": "_s + placementText(d.placement) : text;
}

void AarWriter::addOverview(ReportFlow &flow) const
{
    flow.heading(1, tr("Overview"));
    if (isDraft())
        flow.paragraph(tr("DRAFT: the log has no final rating for every objective yet; the "
                          "proposed ratings below are the engine's."),
                       ReportSpan::Bold, kDraft);
    QStringList participants;
    QSet<int> turns;
    if (m_in.log)
        for (const Decision &d : m_in.log->decisions)
            if (!d.author.isEmpty() && !participants.contains(d.author))
                participants << d.author;
    int played = 0;
    for (const ExerciseMonth &m : m_in.run.months)
        if (m.turn > 0) {
            ++played;
            turns.insert(m.turn);
        }
    const QString range =
        played > 0 ? tr("%1 months, %2 to %3")
                         .arg(played)
                         .arg(monthText(m_in.package.startMonth), monthText(m_in.run.clock - 1))
                   : tr("none yet");
    flow.beginTable({0.22, 0.78}, {tr("Item"), tr("Detail")});
    flow.row({cell(tr("Exercise")), cell(tr("%1 (%2)").arg(m_in.package.title, m_in.package.id))});
    if (!m_in.package.description.isEmpty())
        flow.row({cell(tr("Description")), cell(m_in.package.description)});
    flow.row({cell(tr("Plan")), cell(m_in.plan.meta.title)});
    flow.row({cell(tr("Months played")), cell(range)});
    flow.row({cell(tr("Turns")), cell(QString::number(turns.size()))});
    flow.row({cell(tr("Participants")), cell(participants.isEmpty() ? tr("none named in the log")
                                                                    : participants.join(u", "_s))});
    flow.endTable();
}

void AarWriter::addObjectives(ReportFlow &flow) const
{
    flow.heading(1, tr("Objectives"));
    if (m_in.package.objectives.isEmpty()) {
        flow.paragraph(tr("The package names no objectives."));
        return;
    }
    flow.paragraph(tr("Ratings: P performed without challenges, S with some, M with major "
                      "challenges, U unable to be performed. The engine proposes P, M or U from "
                      "the figures; the final rating is the evaluators'."),
                   ReportSpan::Small, {}, true);
    flow.beginTable({0.3, 0.42, 0.12, 0.16},
                    {tr("Objective"), tr("Figures behind it"), tr("Proposed"), tr("Final")});
    const QList<ExerciseFigure> figures = exerciseFigures(m_in.run);
    for (const Objective &o : m_in.package.objectives) {
        ReportCell evidence;
        for (const ExerciseFigure &f : figures)
            if (o.metrics.contains(f.id))
                evidence << cell(u"%1 = %2 - %3"_s.arg(f.id, f.value, f.metText()));
        const bool rated = m_in.log && m_in.log->ratings.contains(o.id);
        flow.row({cell(u"%1: %2"_s.arg(o.id, o.title)), evidence,
                  cell(m_in.run.proposed.value(o.id), ReportSpan::Bold),
                  rated ? cell(m_in.log->ratings.value(o.id), ReportSpan::Bold)
                        : cell(tr("not rated"), ReportSpan::Italic, kDraft)});
    }
    flow.endTable();
}

void AarWriter::addTurns(ReportFlow &flow) const
{
    flow.heading(1, tr("What happened, turn by turn"));
    const QList<ExerciseMonth> &months = m_in.run.months;
    int silent = 0;
    while (silent < months.size() && months.at(silent).turn == 0)
        ++silent;
    if (silent > 0)
        flow.paragraph(tr("Months 0 to %1 were played before the exercise opened, as the plan "
                          "has them.")
                           .arg(silent - 1));
    if (silent == months.size())
        flow.paragraph(tr("No turn has been played yet."));
    for (int first = silent; first < months.size();) {
        int last = first;
        while (last + 1 < months.size() && months.at(last + 1).turn == months.at(first).turn)
            ++last;
        addTurn(flow, first, last);
        first = last + 1;
    }
}

void AarWriter::addTurn(ReportFlow &flow, int first, int last) const
{
    const QList<ExerciseMonth> &months = m_in.run.months;
    const ExerciseMonth &end = months.at(last);
    flow.heading(2, tr("Turn %1: %2 to %3")
                        .arg(months.at(first).turn)
                        .arg(monthText(months.at(first).month), monthText(end.month)));
    flow.beginTable({0.14, 0.4, 0.12, 0.12, 0.22},
                    {tr("Month"), tr("What happened"), tr("Role"), tr("Author"), tr("Rationale")});
    int rows = 0;
    for (int i = first; i <= last; ++i) {
        for (const ExerciseEvent &e : months.at(i).events) {
            const QString month = QString::number(months.at(i).month);
            if (e.type == ExerciseEventType::Decision) {
                const Decision &d = m_in.log->decisions.at(e.seq - 1);
                flow.row({cell(month), cell(decisionText(d)), cell(toString(d.role)),
                          cell(d.author), cell(d.rationale)});
            } else if (e.type == ExerciseEventType::Inject) {
                const Inject &inject = m_in.package.injects.at(e.inject);
                ReportCell what = cell(tr("Inject: %1").arg(inject.title), ReportSpan::Bold);
                if (!inject.synopsis.isEmpty())
                    what << cell(inject.synopsis);
                flow.row({cell(month), what, cell(tr("control")), {}, {}});
            } else if (e.type != ExerciseEventType::Start && e.type != ExerciseEventType::End &&
                       e.type != ExerciseEventType::Verified) {
                const bool bad = e.type == ExerciseEventType::Breach ||
                                 e.type == ExerciseEventType::EscrowBreach ||
                                 e.type == ExerciseEventType::Failed;
                flow.row({cell(month),
                          cell(exerciseEventText(m_in, e),
                               bad ? ReportSpan::Bold : ReportSpan::Body, bad ? kDraft : QColor()),
                          {},
                          {},
                          {}});
            } else {
                continue;
            }
            ++rows;
        }
    }
    if (rows == 0)
        flow.row({{}, cell(tr("Nothing but the flow of relief."), ReportSpan::Italic), {}, {}, {}});
    flow.endTable();
    double released = 0;
    for (int i = first; i <= last; ++i)
        released += months.at(i).released;
    QString summary =
        tr("At the end of the turn (%1): released this turn %2, released in all %3, "
           "in escrow %4, kept if they walk now %5.")
            .arg(monthText(end.month), formatMoney(released), formatMoney(end.releasedCumulative),
                 formatMoney(end.escrowBalance), formatMoney(end.exposure));
    if (end.inBreach)
        summary += u' ' + tr("In breach; escrow frozen.");
    flow.paragraph(summary, ReportSpan::Bold);
}

void AarWriter::addFigures(ReportFlow &flow) const
{
    flow.heading(1, tr("Figures X1 to X8 against their thresholds"));
    flow.beginTable({0.06, 0.42, 0.22, 0.18, 0.12}, {tr("Figure"), tr("What it measures"),
                                                     tr("Value"), tr("Threshold"), tr("Met")});
    for (const ExerciseFigure &f : exerciseFigures(m_in.run))
        flow.row({cell(f.id, ReportSpan::Bold), cell(f.what), cell(f.value), cell(f.threshold),
                  !f.met ? cell(f.metText(), ReportSpan::Italic)
                         : cell(f.metText(), ReportSpan::Bold,
                                *f.met ? QColor(0x27, 0x67, 0x49) : kDraft)});
    flow.endTable();
}

void AarWriter::addImprovements(ReportFlow &flow) const
{
    flow.heading(1, tr("Improvement plan"));
    if (!m_in.log || m_in.log->improvements.isEmpty()) {
        flow.paragraph(tr("The log holds no improvement plan yet."));
        return;
    }
    flow.beginTable({0.32, 0.38, 0.15, 0.15},
                    {tr("Observation"), tr("Recommendation"), tr("Owner"), tr("Due")});
    for (const Improvement &i : m_in.log->improvements)
        flow.row({cell(i.observation), cell(i.recommendation), cell(i.owner), cell(i.due)});
    flow.endTable();
}

void AarWriter::addJournal(ReportFlow &flow) const
{
    flow.heading(1, tr("Appendix: the journal"), true);
    flow.paragraph(tr("Every event of every month played, in the order the engine played them."),
                   ReportSpan::Small, {}, true);
    flow.beginTable({0.08, 0.06, 0.86}, {tr("Month"), tr("Turn"), tr("Event")});
    for (const ExerciseMonth &m : m_in.run.months)
        for (const ExerciseEvent &e : m.events) {
            ReportCell what = cell(exerciseEventText(m_in, e));
            for (const QString &note : e.notes)
                what << cell(note, ReportSpan::Small);
            flow.row({cell(QString::number(m.month)), cell(QString::number(m.turn)), what});
        }
    flow.endTable();
}

int AarWriter::layout(const QSizeF &pageSize)
{
    m_pageSize = pageSize;
    m_before = std::make_unique<ReportFlow>();
    m_after = std::make_unique<ReportFlow>();
    addOverview(*m_before);
    addObjectives(*m_before);
    addTurns(*m_before);
    addFigures(*m_after);
    addImprovements(*m_after);
    addJournal(*m_after);
    const QSizeF content = paintFrame(nullptr, QRectF(QPointF(0, 0), pageSize), 1).size();
    m_pagesBefore = m_before->paginate(content);
    m_pagesAfter = m_after->paginate(content);
    return pageCount();
}

void AarWriter::paintChartPage(QPainter *p, const QRectF &content) const
{
    PlayedChart chart;
    for (const ExerciseMonth &m : m_in.run.months) {
        if (m.turn > 0)
            chart.played << m;
        for (const ExerciseEvent &e : m.events)
            if (e.type == ExerciseEventType::Inject)
                chart.marks << PlayedChart::Mark{m.month, m_in.package.injects.at(e.inject).title};
    }
    chart.planned = m_planned.months;
    chart.firstMonth = m_in.package.startMonth;
    // Over the months played: the plan's later months would dwarf the play.
    chart.lastMonth = std::max(chart.firstMonth + 1, m_in.run.clock - 1);
    p->save();
    QFont heading = p->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    p->setFont(heading);
    const double h = QFontMetricsF(heading).height();
    p->drawText(QRectF(content.topLeft(), QSizeF(content.width(), h)), Qt::AlignLeft,
                tr("The flow as played against the plan as written, months %1 to %2")
                    .arg(chart.firstMonth)
                    .arg(chart.lastMonth));
    p->restore();
    chart.paint(p, content.adjusted(0, h + 8, 0, 0));
}

bool AarWriter::paint(QPainter *p, const std::function<bool()> &newPage)
{
    if (!m_before)
        layout(m_pageSize.isValid() ? m_pageSize
                                    : QSizeF(p->device()->width(), p->device()->height()));
    const QRectF page(QPointF(0, 0), m_pageSize);
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !newPage())
            return false;
        const QRectF content = paintFrame(p, page, i + 1);
        if (i < m_pagesBefore)
            m_before->paint(p, i, content.topLeft());
        else if (i == m_pagesBefore)
            paintChartPage(p, content);
        else
            m_after->paint(p, i - m_pagesBefore - 1, content.topLeft());
    }
    return true;
}

QString AarWriter::write(const QString &path)
{
    const QString title = tr("After-action report: %1").arg(m_in.package.title);
    return Exporter::writePdfPages(
        path, title, [this](QPainter *p, const QRectF &page, const std::function<bool()> &next) {
            layout(page.size());
            return paint(p, next);
        });
}

QString writeAfterActionReport(const ExerciseOutputInput &in, const QString &path)
{
    AarWriter writer(in);
    return writer.write(path);
}

} // namespace tranche
