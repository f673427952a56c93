#pragma once

#include "RunSummary.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace herb {

// Human-readable progress for the command line (stderr). On a terminal it keeps one progress
// bar line up to date (redrawn at most ten times a second) and prints notable events above it;
// elsewhere (a pipe, a log file, CI) it prints one plain line per event worth reading.
class ConsoleReporter
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleReporter)

public:
    enum class Mode
    {
        Lines,
        ProgressBar
    };

    explicit ConsoleReporter(FILE *stream, Mode mode);
    static Mode modeFor(FILE *stream); // ProgressBar on a terminal

    void report(const Event &event);
    // Ends the progress bar line; call before printing anything else.
    void finish();

    const RunSummary &summary() const { return m_summary; }

    // One line for an event, or an empty string for events not worth a line of their own.
    static QString describe(const Event &event, const RunSummary &summary);
    // The multi-line end-of-run summary (also `herbstream replay`).
    static QString formatSummary(const RunSummary &summary);
    // "m:ss", or "h:mm:ss" from an hour on: elapsed times and ETAs.
    static QString formatDuration(double seconds);
    static QString progressBar(const RunSummary &summary, qint64 nowMs, int width = 28);

private:
    void write(const QString &text); // escapes any control character but '\n'
    void writeTerminalControl(const QString &text); // our own sequences (the bar), as they are
    void drawBar(bool force);

    FILE *m_stream;
    Mode m_mode;
    RunSummary m_summary;
    qint64 m_lastBarMs = 0;
    bool m_barVisible = false;
};

} // namespace herb
