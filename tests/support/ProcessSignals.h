#pragma once

#include <QProcess>

namespace herb::test {

// Whether this system delivers POSIX signals to another process. Windows has none: Ctrl+C and
// closing the console are console events (GenerateConsoleCtrlEvent), which reach only processes
// sharing the sender's console, so the signal tests skip there with that reason.
constexpr bool kHasPosixSignals =
#if defined(Q_OS_UNIX)
    true;
#else
    false;
#endif

// Sends `signal` (SIGINT, SIGTERM...) to a started process; false where kHasPosixSignals is false.
bool sendSignal(const QProcess &process, int signal);

// Whether the tests run as root (Unix), where a folder without write permission stays writable.
bool runsAsRoot();

} // namespace herb::test
