#pragma once

// What a benchmark reads of its own process: peak memory and CPU time (Linux).

#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <sys/resource.h>

namespace herb::bench {

// Peak resident set of this process in kB (Linux), 0 where unknown.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QRegularExpression line(QStringLiteral("^VmHWM:\\s+(\\d+)\\s+kB"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

// CPU time (user + system, every thread) this process has used, in microseconds. On a loaded
// machine wall time includes waiting for a core; CPU time shows the work itself.
inline qint64 cpuTimeUs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto us = [](const timeval &t) { return qint64(t.tv_sec) * 1'000'000 + t.tv_usec; };
    return us(usage.ru_utime) + us(usage.ru_stime);
}

} // namespace herb::bench
