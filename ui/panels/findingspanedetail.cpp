// FindingsPane's words for a finding: phases and items by name beside their
// ids (in the list and the detail), and the detail panel: the whole message,
// where it is, how to fix it, and its waiver; the panel's widgets, built on
// the first selection of a finding (a placeholder paints until then).

#include "panels/findingspane.h"

#include "document/plandocument.h"
#include "models/findingsmodel.h"
#include "panels/findingdetailplaceholder.h"
#include "panels/widgettexts.h"
#include "rules/checker.h"
#include "rules/fixhints.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tranche {

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

namespace {

// `pattern` (%1 the id, %2 the name) for a named phase or item, else the id alone.
template <typename Named>
QString withName(const Named *named, const QString &id, const QString &pattern)
{
    if (!named || named->name.isEmpty())
        return id;
    return pattern.arg(id, named->name);
}

} // namespace

// The detail panel (its placeholder until a finding is selected) and the
// waive buttons, below the table; the stale waivers' box joins them when built.
QWidget *FindingsPane::createDetailPart()
{
    m_detailPlaceholder = new FindingDetailPlaceholder(this);
    m_detailPlaceholder->setObjectName(u"findingDetail"_s);
    connect(m_detailPlaceholder, &FindingDetailPlaceholder::browserRequested, this,
            &FindingsPane::ensureDetailPart);

    m_waiveButton = new QPushButton(this);
    m_waiveButton->setObjectName(u"waiveButton"_s);
    m_unwaiveButton = new QPushButton(this);
    m_unwaiveButton->setObjectName(u"removeWaiverButton"_s);
    connect(m_waiveButton, &QPushButton::clicked, this, &FindingsPane::waiveCurrent);
    connect(m_unwaiveButton, &QPushButton::clicked, this, &FindingsPane::removeCurrentWaiver);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_waiveButton);
    buttons->addWidget(m_unwaiveButton);
    buttons->addStretch(1);

    auto *lower = new QWidget(this);
    m_lowerLayout = new QVBoxLayout(lower);
    m_lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_lowerLayout->addWidget(m_detailPlaceholder, 1);
    m_lowerLayout->addLayout(buttons);
    return lower;
}

void FindingsPane::ensureDetailPart(Qt::FocusReason focusReason)
{
    if (m_detail)
        return;
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"findingDetail"_s);
    m_detail->setOpenLinks(false);
    m_detail->setHtml(m_detailHtml);
    delete m_lowerLayout->replaceWidget(m_detailPlaceholder, m_detail);
    if (!m_detailPlaceholder->isHidden())
        m_detail->show(); // now, not from the layout's queued call: the next paint has it
    if (m_detailPlaceholder->hasFocus())
        m_detail->setFocus(focusReason);
    m_detailPlaceholder->hide();
    m_detailPlaceholder->deleteLater(); // it may be in its own focus event
    m_detailPlaceholder = nullptr;
    createStaleBox();
    setTabOrders();
    retranslateDetailPart();
}

// The stale waivers: their list and the button that removes them, hidden while there are none.
void FindingsPane::createStaleBox()
{
    m_staleBox = new QGroupBox(this);
    m_staleList = new QTreeWidget(m_staleBox);
    m_staleList->setObjectName(u"staleWaivers"_s);
    m_staleList->setRootIsDecorated(false);
    m_staleList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_staleList->setColumnCount(5);
    m_removeStaleButton = new QPushButton(m_staleBox);
    m_removeStaleButton->setObjectName(u"removeStaleButton"_s);
    connect(m_removeStaleButton, &QPushButton::clicked, this,
            &FindingsPane::removeSelectedStaleWaivers);
    connect(m_staleList, &QTreeWidget::itemSelectionChanged, this, &FindingsPane::refreshButtons);
    auto *staleLayout = new QVBoxLayout(m_staleBox);
    staleLayout->addWidget(m_staleList);
    auto *staleButtons = new QHBoxLayout;
    staleButtons->addWidget(m_removeStaleButton);
    staleButtons->addStretch(1);
    staleLayout->addLayout(staleButtons);
    m_staleBox->hide();
    m_lowerLayout->addWidget(m_staleBox);
}

// The texts of the detail part as far as it is built.
void FindingsPane::retranslateDetailPart()
{
    setWidgetTexts({
        {m_detailPlaceholder, {}, {}, tr("Finding details")},
        {m_detail, {}, {}, tr("Finding details")},
        {m_staleBox, tr("Stale waivers (matching no finding)"), {}, {}},
        {m_removeStaleButton, tr("Remove &Stale Waiver"), {}, tr("Remove stale waiver")},
        {m_staleList, {}, {}, tr("Stale waivers")},
    });
    if (m_staleList)
        m_staleList->setHeaderLabels(
            {tr("Rule"), tr("Phase"), tr("Item"), tr("Justification"), tr("Author, date")});
}

QString FindingsPane::phaseListText(const QString &phaseId) const
{
    const Phase *phase = m_document ? m_document->plan().phase(phaseId) : nullptr;
    return withName(phase, phaseId, tr("%1 \u00b7 %2"));
}

QString FindingsPane::itemListText(const QString &itemId) const
{
    const SanctionsItem *item = m_document ? m_document->plan().catalog.item(itemId) : nullptr;
    return withName(item, itemId, tr("%1 \u00b7 %2"));
}

QString FindingsPane::phaseLabel(const QString &phaseId) const
{
    if (phaseId.isEmpty())
        return tr("none (the whole plan)");
    const Phase *phase = m_document ? m_document->plan().phase(phaseId) : nullptr;
    return withName(phase, phaseId, tr("%2 (%1)"));
}

QString FindingsPane::itemLabel(const QString &itemId) const
{
    if (itemId.isEmpty())
        return tr("none");
    const SanctionsItem *item = m_document ? m_document->plan().catalog.item(itemId) : nullptr;
    return withName(item, itemId, tr("%2 (%1)"));
}

void FindingsPane::refreshDetail()
{
    if (!hasCurrentFinding()) {
        setDetailHtml(u"<p><i>"_s + escaped(tr("Select a finding to see its details.")) +
                      u"</i></p>"_s);
        return;
    }
    const Finding f = currentFinding();
    QString html;
    html += u"<h3>"_s + escaped(tr("%1: %2").arg(f.rule, f.principle)) + u"</h3>"_s;
    html += u"<p><b>"_s + escaped(FindingsModel::severityText(f.severity)) + u"</b>"_s;
    if (f.waived)
        html += u" &mdash; <i>"_s + escaped(tr("waived")) + u"</i>"_s;
    html += u"</p>"_s;
    html += u"<p>"_s + escaped(f.message) + u"</p>"_s;
    html += u"<table>"_s;
    html += u"<tr><td>"_s + escaped(tr("Phase:")) + u"</td><td>"_s + escaped(phaseLabel(f.phase)) +
            u"</td></tr>"_s;
    html += u"<tr><td>"_s + escaped(tr("Item:")) + u"</td><td>"_s + escaped(itemLabel(f.item)) +
            u"</td></tr>"_s;
    html += u"</table>"_s;
    if (const QString hint = fixHint(f.rule); !hint.isEmpty())
        html += u"<p><b>"_s + escaped(tr("How to fix:")) + u"</b> "_s + escaped(hint) + u"</p>"_s;
    const Waiver *w = m_document ? waiverFor(m_document->plan().waivers, f) : nullptr;
    if (w) {
        const QLocale locale;
        html += u"<h4>"_s + escaped(tr("Waiver")) + u"</h4>"_s;
        html += u"<p>"_s + escaped(w->justification) + u"</p>"_s;
        html += u"<p><i>"_s +
                escaped(tr("by %1 on %2")
                            .arg(w->author.isEmpty() ? tr("(unknown author)") : w->author,
                                 locale.toString(w->date, QLocale::LongFormat))) +
                u"</i></p>"_s;
    }
    setDetailHtml(html);
}

void FindingsPane::setDetailHtml(const QString &html)
{
    // Every edit asks for the detail again: laying out the same text anew
    // would cost more than the rest of the pane's update.
    if (html == m_detailHtml)
        return;
    m_detailHtml = html;
    if (m_detail)
        m_detail->setHtml(html);
    else
        m_detailPlaceholder->setHtml(html);
}

} // namespace tranche
