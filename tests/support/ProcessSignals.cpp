#include "ProcessSignals.h"

#if defined(Q_OS_UNIX)
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace herb::test {

bool sendSignal(const QProcess &process, int signal)
{
#if defined(Q_OS_UNIX)
    return process.processId() > 0 && ::kill(pid_t(process.processId()), signal) == 0;
#else
    Q_UNUSED(process);
    Q_UNUSED(signal);
    return false;
#endif
}

bool runsAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace herb::test
