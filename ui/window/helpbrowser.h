#pragma once
// The project's own documentation inside the program: a window that shows one
// of the guides bundled as resources (docs/*.md at :/docs/), Markdown rendered
// by QTextBrowser, with links between the guides followed in place.

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace tranche {

class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    // The guides the Help menu offers, in its order.
    enum class Guide { QuickGuide, Principles, PlanFormat };
    static QUrl guideUrl(Guide guide);

    explicit HelpBrowser(QWidget *parent = nullptr);
    void showGuide(Guide guide);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace tranche
