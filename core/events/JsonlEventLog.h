#pragma once

#include <QFile>
#include <QLockFile>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace herb {

// The append-only writer of events.jsonl (DESIGN.md, "Event log").
//
// Opening repairs a torn tail left by a crash (the fragment after the last '\n' moves to
// events.jsonl.torn and the file is truncated), learns the run id and last seq so a reopened
// log continues, and takes a lock so a second writer (GUI and CLI on the same folder) is
// refused. append() goes straight to write(2); durability runs on a sync thread of its own, at
// least every second and at once on request, so a slow disk never stalls the caller.
class JsonlEventLog
{
public:
    struct OpenOptions
    {
        QString runId; // for a new log; an existing log keeps its own
        int syncIntervalMs = 1000;
    };

    // nullptr with a message naming the file and the cause on failure.
    static std::unique_ptr<JsonlEventLog> open(const QString &path, const OpenOptions &options,
                                               QString *error);
    ~JsonlEventLog();
    JsonlEventLog(const JsonlEventLog &) = delete;
    JsonlEventLog &operator=(const JsonlEventLog &) = delete;

    QString path() const { return m_path; }
    QString runId() const { return m_runId; }
    qint64 lastSeq() const { return m_lastSeq; } // 0 for a new log
    bool wasRepaired() const { return m_repairedBytes > 0; }
    qint64 repairedBytes() const { return m_repairedBytes; }
    QString tornPath() const { return m_path + QLatin1String(".torn"); }

    // Writes as much of `pending` as the disk takes and erases it from `pending`. On failure
    // (disk full, I/O error) the unwritten rest stays in `pending` for a later retry and the
    // cause is in lastError().
    bool append(std::string &pending);
    // Asks the sync thread to make everything written so far durable now.
    void requestSync();
    // Makes everything written so far durable before returning.
    bool syncNow();
    void close();

    QString lastError() const;
    qint64 syncCount() const { return m_syncCount.load(); }

private:
    JsonlEventLog() = default;
    bool openExisting(const OpenOptions &options, QString *error);
    void syncLoop(int intervalMs);
    void recordError(const QString &message);

    QString m_path;
    QString m_runId;
    qint64 m_lastSeq = 0;
    qint64 m_repairedBytes = 0;
    std::unique_ptr<QLockFile> m_lock;
    QFile m_file;
    int m_fd = -1;

    std::thread m_syncThread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_syncRequested = false;
    bool m_stopping = false;
    std::atomic<qint64> m_written { 0 };
    std::atomic<qint64> m_synced { 0 };
    std::atomic<qint64> m_syncCount { 0 };
    QString m_lastError;
};

} // namespace herb
