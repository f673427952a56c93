#include "InterruptWatcher.h"

#include <atomic>
#include <csignal>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace herb {

namespace {
std::atomic<int> g_pendingSignal { 0 };

extern "C" void onSignal(int signal)
{
    g_pendingSignal.store(signal);
}

#if defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD type)
{
    g_pendingSignal.store(type == CTRL_C_EVENT ? SIGINT : SIGTERM);
    return TRUE;
}
#endif
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    g_pendingSignal.store(0);
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#endif
    connect(&m_poll, &QTimer::timeout, this, &InterruptWatcher::check);
    m_poll.start(50);
}

InterruptWatcher::~InterruptWatcher()
{
#if defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#endif
}

void InterruptWatcher::check()
{
    const int signal = g_pendingSignal.exchange(0);
    if (signal == 0 || m_exitCode != 0)
        return;
    m_exitCode = signal == SIGINT ? 130 : 143;
    Q_EMIT interrupted(m_exitCode);
}

} // namespace herb
