#pragma once
// The after-action report of a tabletop exercise (a PDF, A4 landscape), in the
// order of the exercise specification: overview, objectives with proposed and
// final ratings and their evidence, what happened turn by turn, the flow as
// played against as planned, the figures X1..X8 against their thresholds, the
// improvement plan and the full journal. Every page carries the plan's
// classification banner, the exercise caveat and, until every objective has a
// rating in the log, DRAFT. Everything printed comes from one engine run (the
// same as `tranche exercise run`); the text is laid out by ReportFlow and
// framed by the exporter, like the briefing report.

#include "exercise/exerciseoutput.h"
#include "flow/valueflow.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <memory>

class QPainter;

namespace tranche {

class ReportFlow;
struct TitleBlock;

class AarWriter
{
    Q_DECLARE_TR_FUNCTIONS(AarWriter)
public:
    explicit AarWriter(const ExerciseOutputInput &in);
    ~AarWriter();

    void setDate(const QDate &date) { m_date = date; }
    // True while an objective has no rating in the log's evaluation.
    bool isDraft() const;

    // Lays the report out for pages of pageSize; returns the page count.
    int layout(const QSizeF &pageSize);
    int pageCount() const { return m_pagesBefore + 1 + m_pagesAfter; }
    // Paints every page, calling newPage() between pages; false when it failed.
    bool paint(QPainter *p, const std::function<bool()> &newPage);
    // Writes the PDF through QSaveFile; empty on success, else the reason.
    QString write(const QString &path);

    // The text before the chart (overview, objectives, turns) and after it.
    const ReportFlow *before() const { return m_before.get(); }
    const ReportFlow *after() const { return m_after.get(); }

private:
    TitleBlock titleBlock() const;
    QRectF paintFrame(QPainter *p, const QRectF &page, int number) const;
    void paintChartPage(QPainter *p, const QRectF &content) const;
    QString monthText(int month) const;
    QString placementText(const PlacementRef &ref) const;
    QString decisionText(const Decision &d) const;
    void addOverview(ReportFlow &flow) const;
    void addObjectives(ReportFlow &flow) const;
    void addTurns(ReportFlow &flow) const;
    void addTurn(ReportFlow &flow, int first, int last) const;
    void addFigures(ReportFlow &flow) const;
    void addImprovements(ReportFlow &flow) const;
    void addJournal(ReportFlow &flow) const;

    ExerciseOutputInput m_in;
    ValueFlow m_planned;
    std::unique_ptr<ReportFlow> m_before;
    std::unique_ptr<ReportFlow> m_after;
    QDate m_date;
    QSizeF m_pageSize;
    int m_pagesBefore = 0;
    int m_pagesAfter = 0;
};

// The PDF writer `tranche exercise report ... -o AAR.pdf` is given.
QString writeAfterActionReport(const ExerciseOutputInput &in, const QString &path);

} // namespace tranche
