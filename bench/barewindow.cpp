// The baseline of bench/startup.sh: a bare QMainWindow of the editor's size
// (Qt Widgets only), shown; the process ends once its first frame is painted.
// With TRANCHE_QUIT_AFTER_FIRST_FRAME set (as the script runs it), it prints
// the clock of that moment as the editor does (ui/window/firstframeclock.h,
// a header of standard C++ only: the bare window links no Tranche library).

#include "window/firstframeclock.h"

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

namespace {

// Quits the application after the window's first paint.
class BareWindow : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            // Queued, as the editor's: the frame is painted whole by then.
            QTimer::singleShot(0, qApp, [] {
                if (tranche::firstframeclock::quitAfterFirstFrame())
                    tranche::firstframeclock::print();
                QCoreApplication::quit();
            });
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BareWindow window;
    window.resize(1600, 1000);
    window.show();
    return QApplication::exec();
}
