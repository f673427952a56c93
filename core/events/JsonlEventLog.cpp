#include "JsonlEventLog.h"

#include "EventJson.h"
#include "util/FileSync.h"
#include "util/TornTail.h"
#include "util/WriterLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace herb {

namespace {

QString describe(const QString &path, const QString &cause)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), cause);
}

} // namespace

std::unique_ptr<JsonlEventLog> JsonlEventLog::open(const QString &path, const OpenOptions &options,
                                                   QString *error)
{
    std::unique_ptr<JsonlEventLog> log(new JsonlEventLog);
    log->m_path = path;
    log->m_runId = options.runId;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = describe(info.absolutePath(),
                              QCoreApplication::translate("EventLog", "cannot create the folder"));
        return nullptr;
    }

    log->m_lock = lockForWriting(path, error);
    if (!log->m_lock)
        return nullptr;

    const bool existed = info.exists();
    if (!log->openExisting(options, error))
        return nullptr;
    if (!existed)
        syncDirectory(info.absolutePath());

    log->m_syncThread = std::thread(
        [raw = log.get(), interval = options.syncIntervalMs] { raw->syncLoop(interval); });
    return log;
}

bool JsonlEventLog::openExisting(const OpenOptions &options, QString *error)
{
    Q_UNUSED(options);
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        if (error)
            *error = describe(m_path, m_file.errorString());
        return false;
    }
    const qint64 repaired = repairTornTail(m_file, tornPath(), error);
    if (repaired < 0)
        return false;
    m_repairedBytes = repaired;
    const qint64 fullLines = m_file.size();

    // Continue seq (and keep the run id) from the last line that parses.
    EventLineParser parser;
    qint64 end = fullLines;
    for (int tries = 0; end > 0 && tries < 1000; ++tries) {
        const qint64 start = endOfLastFullLine(m_file, end - 1);
        m_file.seek(start);
        const QByteArray line = m_file.read(end - 1 - start);
        Event last;
        if (parser.parse(line, last, nullptr)) {
            m_lastSeq = last.seq;
            m_runId = last.runId;
            break;
        }
        end = start;
    }

    m_file.seek(m_file.size());
    m_fd = m_file.handle();
    return true;
}

JsonlEventLog::~JsonlEventLog()
{
    close();
}

bool JsonlEventLog::append(std::string &pending)
{
    size_t offset = 0;
    bool ok = true;
    while (offset < pending.size()) {
        const qint64 n = m_file.write(pending.data() + offset, qint64(pending.size() - offset));
        if (n <= 0) {
            recordError(describe(m_path, QStringLiteral("write failed: ") + m_file.errorString()));
            ok = false;
            break;
        }
        offset += size_t(n);
    }
    pending.erase(0, offset);
    m_written.fetch_add(qint64(offset));
    return ok;
}

void JsonlEventLog::requestSync()
{
    {
        std::lock_guard lock(m_mutex);
        m_syncRequested = true;
    }
    m_wake.notify_one();
}

bool JsonlEventLog::syncNow()
{
    if (m_fd < 0)
        return false;
    const qint64 written = m_written.load();
    QString error;
    if (!syncFileData(m_fd, &error)) {
        recordError(describe(m_path, error));
        return false;
    }
    m_synced.store(written);
    m_syncCount.fetch_add(1);
    return true;
}

void JsonlEventLog::syncLoop(int intervalMs)
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(intervalMs),
                        [this] { return m_syncRequested || m_stopping; });
        m_syncRequested = false;
        if (m_written.load() == m_synced.load())
            continue;
        lock.unlock();
        syncNow();
        lock.lock();
    }
}

void JsonlEventLog::close()
{
    if (m_syncThread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_syncThread.join();
    }
    if (m_file.isOpen()) {
        if (m_written.load() != m_synced.load())
            syncNow();
        m_file.close();
        m_fd = -1;
    }
    if (m_lock)
        m_lock->unlock();
}

QString JsonlEventLog::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void JsonlEventLog::recordError(const QString &message)
{
    std::lock_guard lock(m_mutex);
    m_lastError = message;
}

} // namespace herb
