#pragma once
// What the findings pane's detail shows until a finding is first selected:
// its text ("Select a finding to see its details.") painted as the
// QTextBrowser that replaces it paints it - the frame, the base, the document
// with the same font, palette, margin and wrapping - with the browser's size
// hints, at a fraction of the browser's construction. It takes the focus as
// the browser does (Tab, a click) and then asks for the browser, which
// FindingsPane builds and hands the focus to; while a screen reader (or other
// accessibility client) is active it asks for the browser at once, so that
// such a client only ever meets the browser.

#include <QAccessible>
#include <QFrame>
#include <QTextDocument>

namespace tranche {

class FindingDetailPlaceholder : public QFrame, public QAccessible::ActivationObserver
{
    Q_OBJECT
public:
    explicit FindingDetailPlaceholder(QWidget *parent = nullptr);
    ~FindingDetailPlaceholder() override;

    void setHtml(const QString &html);
    QString toPlainText() const;

    // A QTextBrowser's: QAbstractScrollArea's fixed hint, and the room its scroll bars need.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The real detail is wanted: the placeholder got the focus (for `reason`),
    // or an accessibility client became active (Qt::OtherFocusReason).
    void browserRequested(Qt::FocusReason reason);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void accessibilityActiveChanged(bool active) override;

private:
    QTextDocument m_document;
};

} // namespace tranche
