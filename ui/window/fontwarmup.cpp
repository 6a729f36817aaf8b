#include "window/fontwarmup.h"

#include <fontconfig/fontconfig.h>

namespace tranche {

// A std::thread, not a QThread: it starts before the QApplication exists.
FontWarmup::FontWarmup() : m_thread([] { FcInit(); }) {}

FontWarmup::~FontWarmup()
{
    wait();
}

void FontWarmup::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace tranche
