#pragma once
// The timeline editor: months along x with calendar dates, phases as bands
// with an action lane above a relief lane, placement bars and action markers;
// drag and drop from the catalog palette and within the timeline, selection,
// zoom and keyboard commands. Every gesture is one undo step on the document.
// A QAbstractScrollArea with its own painting (not QGraphicsView): the plan
// stays the only model, TimelineGeometry the only layout, and the header
// column and ruler stay frozen while the body scrolls.

#include "model/finding.h"
#include "model/plan.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QMimeData;
class QRubberBand;
class QTimer;

namespace tranche {

class PlanDocument;
struct ChangeEvent;

class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    // The view's commands, for menus and toolbars (shortcuts active while the view has focus).
    enum class Command {
        MoveToPreviousPhase, // Alt+Left
        MoveToNextPhase,     // Alt+Right
        ShiftEarlier,        // Shift+Left
        ShiftLater,          // Shift+Right
        Lengthen,            // Shift+Alt+Right
        Shorten,             // Shift+Alt+Left
        RenamePhase,         // F2
        AddPhase,            // Insert
        Delete,              // Delete
        ZoomIn,              // Ctrl+= / Ctrl++
        ZoomOut,             // Ctrl+-
        FitToWindow,         // Ctrl+0
    };

    explicit TimelineView(PlanDocument *document, QWidget *parent = nullptr);
    ~TimelineView() override;

    PlanDocument *document() const { return m_doc; }
    const TimelineGeometry &geometry() const { return m_geo; }

    void setFindings(const QList<Finding> &findings);
    // An exercise's plan as played, drawn over the plan (null: none); not owned.
    void setPlayedState(const PlayedState *state)
    {
        m_deco.played = state;
        viewport()->update();
    }
    QList<Finding> findings() const { return m_findingList; }

    // --- Selection: placements, or a phase (and optionally one of its actions). ---
    QList<PlacementRef> selectedPlacements() const { return m_deco.selectedPlacements; }
    // The selected phase, or the phase of the first selected placement; -1 for none.
    int selectedPhase() const { return m_deco.selectedPhase; }
    int selectedAction() const { return m_deco.selectedAction; } // -1 for none
    void setSelectedPlacements(const QList<PlacementRef> &refs);
    void setSelectedPhase(int phase);
    void setSelectedAction(int phase, int action);
    void clearSelection();
    // Selects what is at pos (viewport coordinates) as a click on a read-only
    // view would: a placement, a required action's marker or a phase;
    // anything else clears the selection.
    void selectAt(const QPoint &pos);
    // The placement Shift+click ranges from: the last one clicked without Shift.
    PlacementRef selectionAnchor() const { return m_anchor; }

    // True while a drag near the viewport's edge scrolls the view.
    bool isAutoScrolling() const;

    // --- Zoom in pixels per month. ---
    qreal zoom() const { return m_geo.pixelsPerMonth(); }
    void setZoom(qreal pixelsPerMonth);

    QAction *action(Command command) const;
    QList<QAction *> editActions() const { return m_actions; }

    // Content coordinates (TimelineGeometry) <-> viewport coordinates.
    QPointF viewportToContent(const QPointF &pos) const;
    QPointF contentToViewport(const QPointF &pos) const; // for the body (time area)
    void ensureContentVisible(const QRectF &rect);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void moveToPreviousPhase();
    void moveToNextPhase();
    void shiftEarlier();
    void shiftLater();
    void shiftAction(int delta); // the selected action's verification month
    void lengthen();
    void shorten();
    void renameSelectedPhase();
    void addPhase();
    void deleteSelection();

Q_SIGNALS:
    void selectionChanged();
    void statusMessage(const QString &message);
    // A drop of catalog items placed relief (selected, with the focus on the view).
    void reliefPlaced(const QList<tranche::PlacementRef> &placed);
    void zoomChanged(qreal pixelsPerMonth);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct DropCheck
    {
        bool ok = false;
        QString reason;
        QRectF highlight;
        int phase = -1;
        int month = 0;
    };
    enum class Gesture {
        None,
        Pending,
        RubberBand,
        PlacementStart,
        PlacementEnd,
        PhaseStart,
        PhaseEnd,
        ActionMove
    };

    void onChanged(const ChangeEvent &event);
    void relayout();
    // Repaints what differs between a phase's badges before and after new findings.
    void updateBadges(int phase, const TimelineFindingIndex::PhaseBadges &before,
                      const TimelineFindingIndex::PhaseBadges &after);
    void applyFontMetrics();
    void updateScrollBars();
    void updateContent(const QRectF &contentRect);
    void updatePlacements(const QList<PlacementRef> &refs);
    void updateRowsFrom(int phase);
    void setDecorationRect(QRectF TimelineDecorations::*member, const QRectF &rect);
    void applySelection(QList<PlacementRef> refs, int phase, int action, bool scroll);
    void finishRename(bool commit);
    void adjustSelectionForChange(const ChangeEvent &event);
    void report(const QString &refusal);
    void createActions();
    void zoomAround(qreal pixelsPerMonth, qreal viewportX);
    void endDragFeedback();
    QPointF contentPos(const QPoint &viewportPos) const
    {
        return viewportToContent(QPointF(viewportPos));
    }

    DropCheck checkDrop(const QMimeData *mime, const QPoint &viewportPos, QObject *source) const;
    void startPlacementDrag();
    // The months an edge drag of the pressed object to `month` gives (a verification
    // month as `start`), never past the format's last month; nullopt when the object is gone.
    struct EdgeMonths
    {
        int start = 0;
        std::optional<int> end;
    };
    std::optional<EdgeMonths> edgeMonths(Gesture gesture, int month) const;
    void finishEdgeGesture(Gesture gesture, const QPointF &content);
    void updateEdgePreview(const QPointF &content);
    void navigate(int key);
    void navigateToPhase(int key, int phase, const QList<PlacementRef> &refs);
    QList<int> placementsInVisualOrder(int phase) const;
    QString toolTipAt(const QPointF &content) const;
    // "month 7 (Feb 2027)", or "month 7" when the plan has no start.
    static QString monthText(const Plan &plan, int month);
    QList<PlacementRef> placementRange(PlacementRef from, PlacementRef to) const;
    // Autoscroll: start/stop ticking for a pointer at `viewportPos` (drag or gesture).
    void updateAutoScroll(const QPoint &viewportPos);
    void stopAutoScroll();
    void autoScrollTick();
    void updateRubberBand(const QPoint &viewportPos);
    void updateAccessibleDescription();

    PlanDocument *m_doc;
    TimelineGeometry m_geo;
    TimelineFindingIndex m_findingIndex;
    QList<Finding> m_findingList;
    TimelineDecorations m_deco;
    QList<QAction *> m_actions;

    Gesture m_gesture = Gesture::None;
    QPoint m_pressPos;       // viewport
    QPointF m_pressContent;  // content
    PlacementRef m_pressRef; // placement under the press
    int m_pressPhase = -1;
    int m_pressAction = -1;
    Qt::KeyboardModifiers m_pressModifiers;
    bool m_pressWasSelected = false;
    QRubberBand *m_rubberBand = nullptr;
    QPointer<QLineEdit> m_renameEditor;
    QString m_lastDropReason;
    qreal m_dragPressX = 0; // content x where a placement drag started
    PlacementRef m_anchor;  // Shift+click range anchor
    QPoint m_pressScrolled; // press point plus the scroll offsets (rubber band)
    QTimer *m_autoScrollTimer = nullptr;
    QPoint m_autoScrollPos;               // last pointer position, viewport
    QPointer<QMimeData> m_autoScrollMime; // the mime data of a QDrag in progress
    QPointer<QObject> m_autoScrollSource; // its source
};

} // namespace tranche
