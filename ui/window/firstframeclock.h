#pragma once
// The clock bench/startup.sh reads: when TRANCHE_QUIT_AFTER_FIRST_FRAME is
// set, the editor and bench/barewindow print, once their first frame has been
// painted, one line on standard output with the wall-clock time
// (CLOCK_REALTIME, nanoseconds since the epoch) at which it was; the script
// subtracts the time it started the process. Header only and standard C++
// only, so that the bare window shares it without linking Tranche.

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace tranche::firstframeclock {

// The line's start; the nanoseconds follow.
inline constexpr const char *kPrefix = "first-frame-realtime-ns: ";

// Whether the start measurement asked the program to quit after its first frame.
inline bool quitAfterFirstFrame()
{
    return std::getenv("TRANCHE_QUIT_AFTER_FIRST_FRAME") != nullptr;
}

// Prints the line now: call it once the first frame has been painted.
inline void print()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    const long long ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
    std::printf("%s%lld\n", kPrefix, ns);
    std::fflush(stdout);
}

} // namespace tranche::firstframeclock
