// TimelineView: painting, layout, scrolling, zoom, document changes and the
// commands of its actions. The other jobs have files of their own:
// timelineviewselection.cpp (selection), timelineviewdrop.cpp (drag and drop),
// timelineviewedges.cpp (edge drags), timelineviewinput.cpp (mouse, keyboard,
// tooltips) and timelineviewscroll.cpp (autoscroll).

#include "timeline/timelineview.h"

#include "document/changeevent.h"
#include "document/editfieldcommand.h"
#include "document/plandocument.h"
#include "document/timelineedits.h"

#include <QAction>
#include <QEvent>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPaintEvent>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tranche {

TimelineView::TimelineView(PlanDocument *document, QWidget *parent)
    : QAbstractScrollArea(parent), m_doc(document)
{
    Q_ASSERT(document);
    setAccessibleName(tr("Timeline"));
    viewport()->setAccessibleName(tr("Timeline"));
    setWhatsThis(tr("Phases as bands with the counterpart's actions above and the relief below. "
                    "Drop catalog items on a relief lane and actions on an action lane."));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    createActions();
    applyFontMetrics();
    relayout();
    connect(m_doc, &PlanDocument::changed, this, &TimelineView::onChanged);
    updateAccessibleDescription();
}

TimelineView::~TimelineView() = default;

// --- Layout and repaint -------------------------------------------------------

void TimelineView::applyFontMetrics()
{
    // Platforms without a font database (minimal) report no pixel size: assume 12.
    int px = QFontInfo(font()).pixelSize();
    if (px <= 0)
        px = 12;
    QFont base = font();
    base.setPixelSize(px);
    QFont small = base;
    small.setPixelSize(std::max(8, px - 2));
    const QFontMetricsF fm(base);
    const QFontMetricsF fs(small);
    TimelineGeometry::Metrics m = m_geo.metrics();
    m.headerMinHeight = 5 * fm.lineSpacing() + 10;
    m.barHeight = std::max<qreal>(20, std::ceil(fm.height()) + 6);
    m.actionRowHeight = std::max<qreal>(18, std::ceil(fs.height()) + 4);
    m.rulerHeight = 2 * (std::ceil(fs.height()) + 6);
    m.headerWidth = std::clamp<qreal>(fm.averageCharWidth() * 32, 230, 360);
    m.actionLabelWidth = std::clamp<qreal>(fs.averageCharWidth() * 20, 120, 220);
    m_geo.setMetrics(m);
}

void TimelineView::relayout()
{
    m_geo.layout(m_doc->plan());
    m_findingIndex.build(m_doc->plan(), m_findingList);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const QSizeF total = m_geo.totalSize();
    const QSize vp = viewport()->size();
    const auto &m = m_geo.metrics();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(total.width() - vp.width()))));
    horizontalScrollBar()->setPageStep(std::max(1, int(vp.width() - m.headerWidth)));
    horizontalScrollBar()->setSingleStep(std::max(1, int(m_geo.pixelsPerMonth())));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(total.height() - vp.height()))));
    verticalScrollBar()->setPageStep(std::max(1, int(vp.height() - m.rulerHeight)));
    verticalScrollBar()->setSingleStep(20);
}

QPointF TimelineView::viewportToContent(const QPointF &pos) const
{
    const auto &m = m_geo.metrics();
    return {pos.x() < m.headerWidth ? pos.x() : pos.x() + horizontalScrollBar()->value(),
            pos.y() < m.rulerHeight ? pos.y() : pos.y() + verticalScrollBar()->value()};
}

QPointF TimelineView::contentToViewport(const QPointF &pos) const
{
    return pos - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void TimelineView::updateContent(const QRectF &r)
{
    if (r.isEmpty())
        return;
    const auto &m = m_geo.metrics();
    const qreal hs = horizontalScrollBar()->value();
    const qreal vs = verticalScrollBar()->value();
    const qreal w = viewport()->width();
    const qreal h = viewport()->height();
    constexpr qreal big = 1e9;
    auto add = [&](const QRectF &part, qreal dx, qreal dy, const QRectF &clip) {
        if (part.isEmpty())
            return;
        const QRectF v = part.translated(-dx, -dy).adjusted(-4, -4, 4, 4).intersected(clip);
        if (!v.isEmpty())
            viewport()->update(v.toAlignedRect());
    };
    add(r.intersected({m.headerWidth, m.rulerHeight, big, big}), hs, vs,
        {m.headerWidth, m.rulerHeight, w, h});
    add(r.intersected({0, m.rulerHeight, m.headerWidth, big}), 0, vs,
        {0, m.rulerHeight, m.headerWidth, h});
    add(r.intersected({m.headerWidth, 0, big, m.rulerHeight}), hs, 0,
        {m.headerWidth, 0, w, m.rulerHeight});
    add(r.intersected({0, 0, m.headerWidth, m.rulerHeight}), 0, 0,
        {0, 0, m.headerWidth, m.rulerHeight});
}

void TimelineView::updatePlacements(const QList<PlacementRef> &refs)
{
    for (PlacementRef ref : refs)
        updateContent(m_geo.placementRect(ref));
}

void TimelineView::updateRowsFrom(int phase)
{
    const QRectF row = m_geo.phaseRowRect(phase);
    const qreal top = row.isNull() ? m_geo.metrics().rulerHeight : row.top();
    updateContent(QRectF(0, top, 1e9, 1e9));
}

void TimelineView::setDecorationRect(QRectF TimelineDecorations::*member, const QRectF &rect)
{
    if (m_deco.*member == rect)
        return;
    updateContent((m_deco.*member).adjusted(-2, -20, 202, 2));
    m_deco.*member = rect;
    updateContent(rect.adjusted(-2, -20, 202, 2));
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    TimelinePainter painter(m_doc->plan(), m_geo, m_findingIndex, palette(), font());
    m_deco.hasFocus = hasFocus();
    m_deco.addPhaseKeys = action(Command::AddPhase)->shortcut().toString(QKeySequence::NativeText);
    painter.setDecorations(&m_deco);
    const auto &m = m_geo.metrics();
    const qreal hs = horizontalScrollBar()->value();
    const qreal vs = verticalScrollBar()->value();
    const QRectF exposed = event->rect();
    const qreal w = viewport()->width();
    const qreal h = viewport()->height();

    const QRectF body = exposed.intersected({m.headerWidth, m.rulerHeight, w, h});
    if (!body.isEmpty()) {
        p.save();
        p.setClipRect(body);
        p.translate(-hs, -vs);
        painter.paintBody(&p, body.translated(hs, vs));
        p.restore();
    }
    const QRectF headers = exposed.intersected({0, m.rulerHeight, m.headerWidth, h});
    if (!headers.isEmpty()) {
        p.save();
        p.setClipRect(headers);
        p.fillRect(headers, palette().color(QPalette::Window));
        p.translate(0, -vs);
        painter.paintHeaders(&p, headers.translated(0, vs));
        p.restore();
    }
    const QRectF ruler = exposed.intersected({m.headerWidth, 0, w, m.rulerHeight});
    if (!ruler.isEmpty()) {
        p.save();
        p.setClipRect(ruler);
        p.fillRect(ruler, palette().color(QPalette::Window));
        p.translate(-hs, 0);
        painter.paintRuler(&p, ruler.translated(hs, 0));
        p.restore();
    }
    if (exposed.intersects({0, 0, m.headerWidth, m.rulerHeight})) {
        p.save();
        p.setClipRect(QRectF(0, 0, m.headerWidth, m.rulerHeight));
        painter.paintCorner(&p);
        p.restore();
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineView::scrollContentsBy(int dx, int dy)
{
    finishRename(true);
    const auto &m = m_geo.metrics();
    const QRect vp = viewport()->rect();
    const QRect body(int(m.headerWidth), int(m.rulerHeight), vp.width(), vp.height());
    viewport()->scroll(dx, dy, body);
    if (dx)
        viewport()->update(QRect(int(m.headerWidth), 0, vp.width(), int(m.rulerHeight) + 1));
    if (dy)
        viewport()->update(QRect(0, int(m.rulerHeight), int(m.headerWidth) + 1, vp.height()));
    if (m_rubberBand && m_rubberBand->isVisible())
        m_rubberBand->move(m_rubberBand->pos() + QPoint(dx, dy));
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
        applyFontMetrics();
        relayout();
        break;
    case QEvent::PaletteChange:
        viewport()->update();
        break;
    case QEvent::LanguageChange:
        createActions();
        viewport()->update();
        break;
    default:
        break;
    }
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    updatePlacements(m_deco.selectedPlacements);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    updatePlacements(m_deco.selectedPlacements);
}

// --- Document changes ---------------------------------------------------------

void TimelineView::onChanged(const ChangeEvent &event)
{
    adjustSelectionForChange(event);
    switch (event.kind) {
    case ChangeEvent::PhaseChanged:
    case ChangeEvent::ActionsChanged:
    case ChangeEvent::PlacementInserted:
    case ChangeEvent::PlacementRemoved:
    case ChangeEvent::PlacementChanged: {
        const int p = event.phase;
        const bool placementEvent = event.kind == ChangeEvent::PlacementInserted ||
                                    event.kind == ChangeEvent::PlacementRemoved ||
                                    event.kind == ChangeEvent::PlacementChanged;
        QList<QRectF> before;
        if (placementEvent) {
            for (int i = 0; i < m_geo.placementCount(p); ++i)
                before.append(m_geo.placementRect({p, i}));
        }
        const QRectF oldRow = m_geo.phaseRowRect(p);
        switch (m_geo.updatePhase(m_doc->plan(), p)) {
        case TimelineGeometry::Damage::Row:
            if (!placementEvent) {
                updateContent(oldRow.united(m_geo.phaseRowRect(p)));
                break;
            }
            // Only the header (its relief total) and the bars that moved or changed.
            updateContent(m_geo.headerRect(p));
            for (int i = 0; i < std::max<int>(int(before.size()), m_geo.placementCount(p)); ++i) {
                const QRectF now =
                    i < m_geo.placementCount(p) ? m_geo.placementRect({p, i}) : QRectF();
                const QRectF was = i < before.size() ? before.at(i) : QRectF();
                if (now != was ||
                    (event.kind == ChangeEvent::PlacementChanged && i == event.relief)) {
                    updateContent(was);
                    updateContent(now);
                }
            }
            break;
        case TimelineGeometry::Damage::RowsBelow:
            updateScrollBars();
            updateRowsFrom(event.phase);
            break;
        case TimelineGeometry::Damage::All:
            updateScrollBars();
            viewport()->update();
            break;
        }
        if (event.kind == ChangeEvent::PhaseChanged)
            m_findingIndex.build(m_doc->plan(), m_findingList); // the phase id may have changed
        break;
    }
    case ChangeEvent::WaiversChanged:
        break; // findings arrive through setFindings()
    case ChangeEvent::MetaChanged:
        // The view shows the title (header corner) and the dates of the months, no
        // other metadata; findings arrive through setFindings().
        if (event.touches(MetaField::Title) || event.touches(MetaField::Start))
            relayout();
        break;
    default: // Reset, catalog, phases inserted, removed or moved
        relayout();
        break;
    }
}

void TimelineView::setFindings(const QList<Finding> &findings)
{
    const Plan &plan = m_doc->plan();
    const FindingsDiff diff = FindingsDiff::between(m_findingList, findings);
    if (diff.isEmpty() && m_findingIndex.builtFor(plan)) {
        m_findingList = findings;
        return;
    }
    if (!m_findingIndex.builtFor(plan)) {
        // Phases added, removed, moved or renamed: a new index, every phase compared.
        TimelineFindingIndex index;
        index.build(plan, findings);
        if (index.phaseCount() != m_findingIndex.phaseCount()) {
            viewport()->update();
        } else {
            for (int p = 0; p < index.phaseCount(); ++p)
                updateBadges(p, m_findingIndex.badges(plan, p, m_geo.placementCount(p)),
                             index.badges(plan, p, m_geo.placementCount(p)));
        }
        m_findingIndex = std::move(index);
    } else {
        // Only the phases the changed findings name: their headers whose counts
        // changed and their bars whose badge changed.
        const QList<int> phases = m_findingIndex.phasesChanged(m_findingList, findings, diff);
        QList<TimelineFindingIndex::PhaseBadges> before;
        before.reserve(phases.size());
        for (int p : phases)
            before.append(m_findingIndex.badges(plan, p, m_geo.placementCount(p)));
        m_findingIndex.update(m_findingList, findings, diff);
        for (qsizetype k = 0; k < phases.size(); ++k) {
            const int p = phases.at(k);
            updateBadges(p, before.at(k), m_findingIndex.badges(plan, p, m_geo.placementCount(p)));
        }
    }
    m_findingList = findings;
}

void TimelineView::updateBadges(int phase, const TimelineFindingIndex::PhaseBadges &before,
                                const TimelineFindingIndex::PhaseBadges &after)
{
    if (before == after)
        return;
    if (!(before.counts == after.counts))
        updateContent(m_geo.headerRect(phase));
    const qsizetype n = std::min(before.worst.size(), after.worst.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (before.worst.at(i) != after.worst.at(i))
            updateContent(m_geo.placementRect({phase, int(i)}));
    }
}

// --- Selection ------------------------------------------------------------------

void TimelineView::ensureContentVisible(const QRectF &r)
{
    if (r.isEmpty() && r.isNull())
        return;
    const auto &m = m_geo.metrics();
    const qreal w = viewport()->width();
    const qreal h = viewport()->height();
    constexpr qreal margin = 8;
    qreal hs = horizontalScrollBar()->value();
    if (r.left() - hs < m.headerWidth)
        hs = r.left() - m.headerWidth - margin;
    else if (r.right() - hs > w)
        hs = std::min(r.right() - w + margin, r.left() - m.headerWidth - margin);
    qreal vs = verticalScrollBar()->value();
    if (r.top() - vs < m.rulerHeight)
        vs = r.top() - m.rulerHeight - margin;
    else if (r.bottom() - vs > h)
        vs = std::min(r.bottom() - h + margin, r.top() - m.rulerHeight - margin);
    horizontalScrollBar()->setValue(int(std::floor(hs)));
    verticalScrollBar()->setValue(int(std::floor(vs)));
}

// --- Zoom -------------------------------------------------------------------------

void TimelineView::setZoom(qreal pixelsPerMonth)
{
    zoomAround(pixelsPerMonth, m_geo.metrics().headerWidth);
}

void TimelineView::zoomAround(qreal pixelsPerMonth, qreal viewportX)
{
    const qreal before = m_geo.pixelsPerMonth();
    const qreal x = std::max(viewportX, m_geo.metrics().headerWidth);
    const qreal month = m_geo.xToMonth(x + horizontalScrollBar()->value());
    m_geo.setPixelsPerMonth(pixelsPerMonth);
    if (qFuzzyCompare(before, m_geo.pixelsPerMonth()))
        return;
    finishRename(true);
    m_geo.layout(m_doc->plan());
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(m_geo.monthToX(month) - x)));
    viewport()->update();
    Q_EMIT zoomChanged(m_geo.pixelsPerMonth());
}

void TimelineView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void TimelineView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void TimelineView::fitToWindow()
{
    const qreal width = viewport()->width() - m_geo.metrics().headerWidth - 2;
    setZoom(width / std::max(1, m_geo.monthCount()));
    horizontalScrollBar()->setValue(0);
}

// --- Commands -----------------------------------------------------------------------

void TimelineView::createActions()
{
    qDeleteAll(m_actions);
    m_actions.clear();
    auto add = [&](Command id, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(int(id));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
    };
    using K = QKeySequence;
    add(Command::MoveToPreviousPhase, tr("Move to &Previous Phase"), {K(Qt::ALT | Qt::Key_Left)},
        &TimelineView::moveToPreviousPhase);
    add(Command::MoveToNextPhase, tr("Move to &Next Phase"), {K(Qt::ALT | Qt::Key_Right)},
        &TimelineView::moveToNextPhase);
    add(Command::ShiftEarlier, tr("Shift a Month &Earlier"), {K(Qt::SHIFT | Qt::Key_Left)},
        &TimelineView::shiftEarlier);
    add(Command::ShiftLater, tr("Shift a Month &Later"), {K(Qt::SHIFT | Qt::Key_Right)},
        &TimelineView::shiftLater);
    add(Command::Lengthen, tr("L&engthen by a Month"), {K(Qt::SHIFT | Qt::ALT | Qt::Key_Right)},
        &TimelineView::lengthen);
    add(Command::Shorten, tr("S&horten by a Month"), {K(Qt::SHIFT | Qt::ALT | Qt::Key_Left)},
        &TimelineView::shorten);
    add(Command::RenamePhase, tr("&Rename Phase"), {K(Qt::Key_F2)},
        &TimelineView::renameSelectedPhase);
    add(Command::AddPhase, tr("&Add Phase"), {K(Qt::Key_Insert)}, &TimelineView::addPhase);
    add(Command::Delete, tr("&Delete"), {K(K::Delete)}, &TimelineView::deleteSelection);
    add(Command::ZoomIn, tr("Zoom &In"), {K(Qt::CTRL | Qt::Key_Equal), K(K::ZoomIn)},
        &TimelineView::zoomIn);
    add(Command::ZoomOut, tr("Zoom &Out"), {K(K::ZoomOut)}, &TimelineView::zoomOut);
    add(Command::FitToWindow, tr("&Fit to Window"), {K(Qt::CTRL | Qt::Key_0)},
        &TimelineView::fitToWindow);
}

QAction *TimelineView::action(Command command) const
{
    for (QAction *a : m_actions) {
        if (a->data().toInt() == int(command))
            return a;
    }
    return nullptr;
}

void TimelineView::report(const QString &refusal)
{
    if (!refusal.isEmpty())
        Q_EMIT statusMessage(refusal);
}

void TimelineView::moveToPreviousPhase()
{
    const QList<PlacementRef> refs = selectedPlacements();
    if (refs.isEmpty())
        return report(tr("Select a relief placement to move."));
    if (refs.constFirst().phase == 0)
        return report(tr("There is no phase before this one."));
    QList<PlacementRef> moved;
    report(TimelineEdits::movePlacements(m_doc, refs, refs.constFirst().phase - 1, 0, &moved));
    if (!moved.isEmpty())
        applySelection(moved, -1, -1, true);
}

void TimelineView::moveToNextPhase()
{
    const QList<PlacementRef> refs = selectedPlacements();
    if (refs.isEmpty())
        return report(tr("Select a relief placement to move."));
    if (refs.constFirst().phase + 1 >= m_doc->plan().phases.size())
        return report(tr("There is no phase after this one."));
    QList<PlacementRef> moved;
    report(TimelineEdits::movePlacements(m_doc, refs, refs.constFirst().phase + 1, 0, &moved));
    if (!moved.isEmpty())
        applySelection(moved, -1, -1, true);
}

void TimelineView::shiftEarlier()
{
    if (selectedPlacements().isEmpty() && selectedAction() >= 0)
        return shiftAction(-1);
    report(TimelineEdits::shiftPlacements(m_doc, selectedPlacements(), -1));
}

void TimelineView::shiftLater()
{
    if (selectedPlacements().isEmpty() && selectedAction() >= 0)
        return shiftAction(1);
    report(TimelineEdits::shiftPlacements(m_doc, selectedPlacements(), 1));
}

void TimelineView::shiftAction(int delta)
{
    const int phase = selectedPhase();
    const int action = selectedAction();
    const Plan &plan = m_doc->plan();
    if (phase < 0 || phase >= plan.phases.size() || action >= plan.phases.at(phase).actions.size())
        return;
    const int month = plan.phases.at(phase).actions.at(action).verifiedMonth + delta;
    report(TimelineEdits::setVerifiedMonth(m_doc, phase, action, month));
}

void TimelineView::lengthen()
{
    report(TimelineEdits::resizePlacements(m_doc, selectedPlacements(), 1));
}

void TimelineView::shorten()
{
    report(TimelineEdits::resizePlacements(m_doc, selectedPlacements(), -1));
}

void TimelineView::addPhase()
{
    int inserted = -1;
    report(TimelineEdits::addPhase(m_doc, selectedPhase(), &inserted));
    if (inserted >= 0)
        applySelection({}, inserted, -1, true);
}

void TimelineView::deleteSelection()
{
    const QList<PlacementRef> refs = selectedPlacements();
    const int phase = selectedPhase();
    const int action = selectedAction();
    const QString refusal = TimelineEdits::removeSelection(m_doc, refs, phase, action);
    report(refusal);
    if (refusal.isEmpty())
        applySelection({}, refs.isEmpty() && action >= 0 ? phase : -1, -1, false);
}

void TimelineView::renameSelectedPhase()
{
    const int phase = selectedPhase();
    if (phase < 0)
        return report(tr("Select a phase to rename."));
    finishRename(false);
    ensureContentVisible(m_geo.headerRect(phase).adjusted(0, 0, 0, 0));
    const QRectF header = m_geo.headerRect(phase);
    const qreal y = header.top() - verticalScrollBar()->value();
    auto *editor = new QLineEdit(viewport());
    editor->setObjectName(u"phaseNameEditor"_s);
    editor->setAccessibleName(tr("Phase name"));
    editor->setText(m_doc->plan().phases.at(phase).name);
    editor->setProperty("phaseId", m_doc->plan().phases.at(phase).id);
    const int height = editor->sizeHint().height();
    editor->setGeometry(8, int(y) + 2, int(header.width()) - 14, height);
    editor->selectAll();
    editor->installEventFilter(this);
    connect(editor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_renameEditor = editor;
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void TimelineView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr;
    editor->removeEventFilter(this);
    disconnect(editor, nullptr, this, nullptr);
    const int phase = m_doc->plan().phaseIndex(editor->property("phaseId").toString());
    const QString name = editor->text().trimmed();
    const bool hadFocus = editor->hasFocus();
    editor->hide();
    editor->deleteLater();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
    if (commit && phase >= 0 && name != m_doc->plan().phases.at(phase).name)
        report(TimelineEdits::renamePhase(m_doc, phase, name));
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishRename(false);
        return true;
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

} // namespace tranche
