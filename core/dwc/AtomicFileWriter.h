#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <functional>

namespace herb {

// Replaces `path` with `bytes` all at once: a temporary file beside it, flushed to disk, then
// renamed over the old one (QSaveFile). A reader sees the old file or the new one, never half
// of either, and a failed write leaves the old file as it was. On failure *error names the
// file and the cause.
//
// On Windows a program that has the file open (a spreadsheet showing occurrence.csv, an
// antivirus scanning it) makes the rename fail for as long as it holds it: the replacement is
// tried again for a few seconds, then the error says which kind of program to close.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

// The retry of writeFileAtomically, apart so that it can be tested where no program locks files.
struct ReplaceRetries
{
    enum class Outcome
    {
        Written,
        Locked,
        Failed
    };
    int attempts = 6; // the first try and five more
    std::chrono::milliseconds firstWait { 250 }; // doubled each time: 7.75 s in all
    std::function<void(std::chrono::milliseconds)> sleep; // default: this thread sleeps

    // Calls `attempt` until it writes, fails for another reason than a lock, or the attempts
    // are used up; *error then holds the last cause (with the lock's explanation).
    bool run(const std::function<Outcome(QString *cause)> &attempt, const QString &path,
             QString *error) const;
};

} // namespace herb
