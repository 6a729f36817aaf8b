#include "window/helpbrowser.h"

#include "window/closablecontent.h"

#include <QLocale>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace tranche {

QUrl HelpBrowser::guideUrl(Guide guide)
{
    switch (guide) {
    case Guide::QuickGuide: // in Korean where the program speaks Korean
        return QUrl(QLocale().language() == QLocale::Korean ? u"qrc:/docs/quick-guide.ko.md"_s
                                                            : u"qrc:/docs/quick-guide.md"_s);
    case Guide::Principles:
        return QUrl(u"qrc:/docs/principles.md"_s);
    case Guide::PlanFormat:
        return QUrl(u"qrc:/docs/plan-format.md"_s);
    }
    return {};
}

HelpBrowser::HelpBrowser(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(u"helpBrowser"_s);
    m_browser->setOpenExternalLinks(true); // links to the web open in the user's browser
    m_browser->setOpenLinks(true);         // links between the bundled guides open here
    setClosableContent(this, m_browser);
    resize(760, 640);
}

void HelpBrowser::showGuide(Guide guide)
{
    m_browser->setSource(guideUrl(guide), QTextDocument::MarkdownResource);
    setWindowTitle(m_browser->documentTitle().isEmpty() ? tr("Tranche Help")
                                                        : m_browser->documentTitle());
}

} // namespace tranche
