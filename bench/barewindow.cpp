// The baseline of bench/startup.sh: a bare QMainWindow of the editor's size
// (Qt Widgets only), shown; the process ends once its first frame is painted.

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
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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
