// FindingsPane's words for a finding: phases and items by name beside their
// ids (in the list and the detail), and the detail panel: the whole message,
// where it is, how to fix it, and its waiver.

#include "panels/findingspane.h"

#include "document/plandocument.h"
#include "models/findingsmodel.h"
#include "panels/findingdetailplaceholder.h"
#include "rules/checker.h"
#include "rules/fixhints.h"

#include <QLocale>
#include <QTextBrowser>

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
