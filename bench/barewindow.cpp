// The baseline of bench/startup.sh: a bare QMainWindow of the editor's size,
// shown; the process ends once its first frame is painted.

#include "window/firstframewatcher.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1600, 1000);
    tranche::FirstFrameWatcher watcher(&window);
    QObject::connect(&watcher, &tranche::FirstFrameWatcher::firstFramePainted, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    window.show();
    return QApplication::exec();
}
