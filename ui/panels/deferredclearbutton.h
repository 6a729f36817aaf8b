#pragma once
// Turns a line edit's clear button on once the window's first frame is on the
// screen, or earlier when the line edit gets the focus. The button only shows
// once text is typed, but creating it loads Qt's clear icon (and with the
// first image Qt reads, every image format plugin, unless the application's
// style is a LazyIconStyle): work the first frame does not show
// (docs/performance.md, Startup).

#include <QObject>

class QLineEdit;

namespace tranche {

class DeferredClearButton : public QObject
{
    Q_OBJECT
public:
    // Watches `line` (and is its child) until its clear button is on.
    static void install(QLineEdit *line);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DeferredClearButton(QLineEdit *line);
    // Turns the clear button on (once) and ends the watch.
    void enable();

    QLineEdit *m_line;
    bool m_enabled = false;
};

} // namespace tranche
