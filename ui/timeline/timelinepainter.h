#pragma once
// Paints the timeline (month ruler, phase headers, phase bands with their
// action and relief lanes, placement bars, action markers, finding badges)
// from a Plan and a TimelineGeometry. Used by TimelineView on screen and by
// exports through the static render() entry point.
//
// ---------------------------------------------------------------------------
// For exports (PNG / SVG / PDF / report), the one call to use:
//
//   // Render the whole timeline of `plan` scaled (aspect kept, centred) into
//   // `target` of any QPainter. Light print palette; waived findings get no badge.
//   static void tranche::TimelinePainter::render(QPainter *painter, const Plan &plan,
//                                                const QList<Finding> &findings,
//                                                const QRectF &target,
//                                                const QRectF &exposed = {});
//   // The whole timeline's natural size in logical pixels at the default zoom
//   // (use it to choose an image size or the aspect of the target rectangle).
//   static QSizeF tranche::TimelinePainter::naturalSize(const Plan &plan);
//
// Header: "timelinepainter.h" (ui/), library tranche_ui.
// ---------------------------------------------------------------------------

#include "timeline/timelinefindingindex.h"
#include "timeline/timelinegeometry.h"

#include "model/catalogindex.h"
#include "model/finding.h"
#include "model/plan.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace tranche {

struct PlayedState;

// What a view adds on top of the plan: selection, drop target, previews.
struct TimelineDecorations
{
    QList<PlacementRef> selectedPlacements;
    int selectedPhase = -1;
    int selectedAction = -1; // index in selectedPhase's actions
    QRectF dropHighlight;    // content coordinates; empty = none
    bool dropAllowed = true;
    QRectF preview; // content coordinates of an edge-drag preview; empty = none
    QString previewLabel;
    bool hasFocus = false;
    // On screen, decorations also label the lanes and say what to do first in an
    // empty plan: its hint names the Add Phase shortcut.
    QString addPhaseKeys;
    const PlayedState *played = nullptr; // an exercise's plan as played (PlayedOverlay)
};

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    TimelinePainter(const Plan &plan, const TimelineGeometry &geometry,
                    const TimelineFindingIndex &findings, const QPalette &palette,
                    const QFont &font);

    void setDecorations(const TimelineDecorations *decorations) { m_deco = decorations; }

    // Each part paints in content coordinates (see TimelineGeometry); `exposed`
    // is the content rectangle that needs painting.
    void paintCorner(QPainter *p) const;
    void paintRuler(QPainter *p, const QRectF &exposed) const;
    void paintHeaders(QPainter *p, const QRectF &exposed) const;
    void paintBody(QPainter *p, const QRectF &exposed) const;

    // On screen only (with decorations): what to do first in a plan without phases,
    // written at the top left of the body.
    void paintEmptyPlanHint(QPainter *p) const;
    // The lines of that hint; `addPhaseKeys` names the Add Phase shortcut ("" for none).
    static QStringList emptyPlanHint(const QString &addPhaseKeys);
    // The label of a phase's action or relief lane; an empty one says what to drop there.
    static QString laneLabel(bool reliefLane, bool empty);

    // Colours, from the palette so that a dark palette works.
    static QColor severityColor(int severity);
    static QPalette printPalette();

    // `exposed`: the part of the timeline (in its natural coordinates) to paint;
    // invalid: all of it.
    static void render(QPainter *painter, const Plan &plan, const QList<Finding> &findings,
                       const QRectF &target, const QRectF &exposed = QRectF());
    static QSizeF naturalSize(const Plan &plan);

private:
    void paintPhaseBand(QPainter *p, int phase) const;
    void paintPlacement(QPainter *p, PlacementRef ref) const;
    void paintActions(QPainter *p, int phase) const;
    void paintLaneLabels(QPainter *p, int phase) const;
    void paintHeader(QPainter *p, int phase) const;
    QString monthLabel(int month, bool withYear) const;
    QString phaseMonthsText(int phase) const;
    const SanctionsItem *findItem(const QString &id) const
    {
        return m_index.item(m_plan.catalog, id);
    }
    const CounterpartAction *findAction(const QString &id) const
    {
        return m_index.action(m_plan.catalog, id);
    }

    const Plan &m_plan;
    const TimelineGeometry &m_geo;
    const TimelineFindingIndex &m_findings;
    QPalette m_pal;
    QFont m_font;
    QFont m_bold;
    QFont m_small;
    const TimelineDecorations *m_deco = nullptr;
    CatalogIndex m_index; // catalog lookups, built once per painter
};

} // namespace tranche
