#include "LibraryDiagnostics.h"

#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace herb {

namespace {
std::atomic<bool> g_shown { true }; // nothing is hidden until a command asks for it
QtMessageHandler g_previous = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool quietable = type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg;
    if (quietable && !g_shown.load())
        return;
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

void installLibraryDiagnosticsFilter()
{
    static std::once_flag installed;
    std::call_once(installed, [] { g_previous = qInstallMessageHandler(filter); });
}

void setLibraryDiagnosticsShown(bool shown)
{
    g_shown.store(shown);
}

bool libraryDiagnosticsShown()
{
    return g_shown.load();
}

} // namespace herb
