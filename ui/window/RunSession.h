#pragma once

#include "events/Event.h"
#include "publish/ArchiveCheck.h"
#include "run/RunConfig.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace herb {

// Runs one RunController on a worker thread so the window stays responsive. The controller
// is created on that thread (its timers and sockets must live there) and reports through
// queued signals; interrupt() reaches it the same way. The thread ends after `finished`.
class RunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSession)

public:
    explicit RunSession(RunConfig config, QObject *parent = nullptr);
    ~RunSession() override;

    void start();
    void interrupt();
    bool isRunning() const { return m_running; }
    const RunConfig &config() const { return m_config; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void eventsDelivered(const herb::EventBatch &batch);
    void notice(const QString &text);
    void archiveChecked(const herb::ArchiveCheckResult &result);
    void finished(int exitCode);
    void interruptRequested(); // internal: carries interrupt() to the worker thread

private:
    void onFinished(int exitCode);

    RunConfig m_config;
    QThread m_thread;
    QObject *m_host; // lives on m_thread; parent of the controller
    std::atomic<bool> m_interruptPending { false };
    bool m_running = false;
    int m_exitCode = -1;
};

} // namespace herb
