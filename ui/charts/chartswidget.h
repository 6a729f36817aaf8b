#pragma once
// The charts dock: the value flow of the open plan in three tabs (escrowed vs
// released per month, per phase, exposure with the inducement ratio), live on
// every edit, with exact-value tooltips and a walk-away month picked by a
// click whose what-if figures show below the charts.

#include "model/finding.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QTabWidget;
class QPointF;
class QBarSet;
QT_END_NAMESPACE

namespace tranche {

class FlowCharts;
class PlanDocument;
enum class ExportKind;

class ChartsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsWidget(PlanDocument *document, QWidget *parent = nullptr);
    ~ChartsWidget() override;

    void setDocument(PlanDocument *document);
    PlanDocument *document() const;
    FlowCharts *charts() const { return m_charts; }

    // 0: per month, 1: per phase, 2: exposure.
    int currentChart() const;
    void setCurrentChart(int index);
    QChartView *chartView(int index) const;

    // Walk-away what-if: the month picked (none at first), the label's text.
    void pickWalkAwayMonth(std::optional<int> month);
    std::optional<int> walkAwayMonth() const;
    QString walkAwayText() const;
    QString inducementText() const;

    // The scenario or file name shown in exports' title blocks; the findings
    // printed in reports and drawn on the timeline.
    void setSourceName(const QString &name) { m_source = name; }
    void setFindings(const QList<Finding> &findings);

public Q_SLOTS:
    // Framed (banner + title block) chart image and SVG onto the clipboard.
    void copyChartToClipboard();
    // Print preview of the chart page.
    void printCharts();

Q_SIGNALS:
    void walkAwayMonthPicked(int month);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onMonthlyHovered(bool status, int index, QBarSet *set);
    void onPhaseHovered(bool status, int index, QBarSet *set);
    void onLineHovered(const QPointF &point, bool state);
    void updateTexts();
    void followPalette();
    void retranslate();

    FlowCharts *m_charts = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QChartView *> m_views;
    QLabel *m_ratio = nullptr;
    QLabel *m_walkAway = nullptr;
    QString m_source;
    QList<Finding> m_findings;
};

} // namespace tranche
