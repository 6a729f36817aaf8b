#pragma once
// Tells when a widget has been painted for the first time: the moment a user
// first sees it. The startup measurement (bench/startup.sh, with
// TRANCHE_QUIT_AFTER_FIRST_FRAME set) and the window benchmark stop there.

#include <QObject>

class QWidget;

namespace tranche {

class FirstFrameWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches `widget` (and nothing else) until its first paint has finished.
    explicit FirstFrameWatcher(QWidget *widget, QObject *parent = nullptr);

    bool painted() const { return m_painted; }
    // Processes events until the first paint has finished or `timeoutMs` passed;
    // returns painted().
    bool wait(int timeoutMs = 10000);

Q_SIGNALS:
    void firstFramePainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    bool m_painted = false;
};

} // namespace tranche
