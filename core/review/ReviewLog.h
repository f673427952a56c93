#pragma once

#include "ReviewEntry.h"

#include <QFile>
#include <QLockFile>
#include <QString>

#include <memory>

namespace herb {

// The writer of reviews.jsonl, the audit trail of a run folder (DESIGN.md, "Review and the
// audit trail"), with the durability rules of events.jsonl: opening repairs a tail torn by a
// crash (the fragment moves to reviews.jsonl.torn) and takes a lock (reviews.jsonl.lock) so a
// second window or command on the same run is refused with the holder's name.
//
// Unlike the event log, append() syncs before it returns: decisions come at a person's pace
// (a few a second at most), a sync costs milliseconds, and a change the window shows as saved
// must survive a power cut, not only a kill.
class ReviewLog
{
public:
    static QString fileName() { return QStringLiteral("reviews.jsonl"); }
    static QString pathIn(const QString &runFolder);
    // The OS user name (USER, USERNAME), or "unknown": who a decision is from when no name
    // was set.
    static QString systemReviewer();

    // nullptr with `error` naming the file and the cause (the holder, for a lock).
    static std::unique_ptr<ReviewLog> open(const QString &runFolder, QString *error);
    ~ReviewLog();
    ReviewLog(const ReviewLog &) = delete;
    ReviewLog &operator=(const ReviewLog &) = delete;

    QString path() const { return m_file.fileName(); }
    qint64 repairedBytes() const { return m_repairedBytes; }

    // The name written in lines that name no reviewer; systemReviewer() until set.
    void setReviewer(const QString &name) { m_reviewer = name; }
    QString reviewer() const { return m_reviewer; }

    // Writes `entry` as one line with one write(2) and makes it durable. An entry without
    // reviewer, timestamp or app version gets this log's reviewer, now and this build's
    // version. False with `error` on failure: a partial write is cut off again, so the file
    // holds no half line; when only the sync failed the whole line stays (the kernel has it,
    // and a reopened log shows it) and the error says the disk may not have it yet.
    bool append(ReviewEntry entry, QString *error);

private:
    ReviewLog() = default;

    std::unique_ptr<QLockFile> m_lock;
    QFile m_file;
    qint64 m_repairedBytes = 0;
    QString m_reviewer;
};

} // namespace herb
