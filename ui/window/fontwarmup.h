#pragma once
// Loads the system's font configuration (fontconfig: its XML files and font
// caches) on a thread of its own while the application object and the window
// are built. The first text the window measures needs it; read on the main
// thread it was about a tenth of the editor's start (docs/performance.md,
// Startup). Qt then finds the configuration loaded and uses it as it is.

#include <thread>

namespace tranche {

class FontWarmup
{
public:
    // Starts the loading; may be made before the QApplication.
    FontWarmup();
    // Waits for the loading to end (it must not run while the process exits).
    ~FontWarmup();
    FontWarmup(const FontWarmup &) = delete;
    FontWarmup &operator=(const FontWarmup &) = delete;

    // Waits until the configuration is loaded. Call it before the first text is
    // measured: a second, concurrent load would do the work twice.
    void wait();

private:
    std::thread m_thread;
};

} // namespace tranche
