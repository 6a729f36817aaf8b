#include "panels/laptopfit.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLayout>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

namespace tranche {

void LaptopFit::compactRows(QTableView *view, int rowsInSight)
{
    const int row = view->fontMetrics().height() + 6;
    view->verticalHeader()->setMinimumSectionSize(row);
    view->verticalHeader()->setDefaultSectionSize(row);
    // Half a row more (a cut row says there is more below), and room for the
    // horizontal scroll bar a narrow dock shows.
    view->setMinimumHeight(view->horizontalHeader()->sizeHint().height() + row * rowsInSight +
                           row / 2 + 2 * view->frameWidth() +
                           view->horizontalScrollBar()->sizeHint().height());
}

void LaptopFit::shortCombo(QComboBox *combo, int chars)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(chars);
}

LaptopFit *LaptopFit::iconsWhenNarrow(QWidget *pane, const QList<QToolButton *> &buttons,
                                      const QList<QWidget *> &spare)
{
    return new LaptopFit(pane, buttons, spare);
}

LaptopFit::LaptopFit(QWidget *pane, const QList<QToolButton *> &buttons,
                     const QList<QWidget *> &spare)
    : QObject(pane), m_pane(pane)
{
    for (QToolButton *b : buttons)
        m_buttons.append(b);
    for (QWidget *w : spare)
        m_spare.append(w);
    pane->installEventFilter(this);
    measure(); // before the pane's window first lays it out (so it need not grow for the texts)
}

void LaptopFit::setIconsOnly(bool on)
{
    if (on == m_iconsOnly)
        return;
    m_iconsOnly = on;
    for (QToolButton *b : std::as_const(m_buttons)) {
        if (b)
            b->setToolButtonStyle(on ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
    }
    for (QWidget *w : std::as_const(m_spare)) {
        if (w)
            w->setVisible(!on);
    }
}

int LaptopFit::narrowedWidth() const
{
    int width = 0;
    for (const QToolButton *b : m_buttons) {
        if (b)
            width += b->sizeHint().width();
    }
    for (const QWidget *w : m_spare) {
        if (w && !w->isHidden())
            width += w->sizeHint().width();
    }
    return width;
}

// The width the texts need, and the pane's minimum with icons only.
void LaptopFit::measure()
{
    setIconsOnly(false);
    if (QLayout *layout = m_pane->layout()) { // sizes of the nested layouts anew
        layout->invalidate();
        layout->activate();
    }
    m_textNeed = m_pane->minimumSizeHint().width();
    const int withTexts = narrowedWidth();
    setIconsOnly(true);
    m_pane->setMinimumWidth(std::max(0, m_textNeed - (withTexts - narrowedWidth())));
}

bool LaptopFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_pane)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Show) // polished now: the texts' true widths
        measure();
    if (event->type() == QEvent::Show || event->type() == QEvent::Resize)
        setIconsOnly(m_pane->width() < m_textNeed);
    return QObject::eventFilter(watched, event);
}

} // namespace tranche
