#include "FileSync.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace herb {

namespace {
bool failWithErrno(QString *error, const char *what)
{
    if (error)
        *error = QLatin1String(what) + QLatin1String(": ")
            + QString::fromLocal8Bit(std::strerror(errno));
    return false;
}
} // namespace

bool syncFileData(int fd, QString *error)
{
#if defined(Q_OS_WIN)
    const auto handle = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
    if (handle == INVALID_HANDLE_VALUE || !FlushFileBuffers(handle)) {
        if (error)
            *error = QStringLiteral("FlushFileBuffers failed (error %1)").arg(GetLastError());
        return false;
    }
    return true;
#elif defined(Q_OS_MACOS)
    if (fcntl(fd, F_FULLFSYNC) == 0)
        return true;
    // Some file systems (network shares) do not support F_FULLFSYNC.
    if (fsync(fd) == 0)
        return true;
    return failWithErrno(error, "fsync");
#else
    int result;
    do {
        result = fdatasync(fd);
    } while (result != 0 && errno == EINTR);
    return result == 0 || failWithErrno(error, "fdatasync");
#endif
}

bool syncDirectory(const QString &directory, QString *error)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(directory);
    Q_UNUSED(error);
    return true;
#else
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return failWithErrno(error, "open folder");
    const bool ok = fsync(fd) == 0 || failWithErrno(error, "fsync folder");
    ::close(fd);
    return ok;
#endif
}

} // namespace herb
