#pragma once

#include "EventConsumer.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace herb {

class JsonlEventLog;

// The in-process event bus (DESIGN.md, "Data flow").
//
// Contract: publish() may be called from any thread; it only moves the event into a queue
// under a mutex and never waits for disk or runs a consumer. One bus thread drains the queue in
// batches: per event it stamps run id and seq, lets consumers annotate it, serialises it, and
// runs the consumers in the order they were added; then it write(2)s the batch to the log and
// hands the batch to Qt listeners with one queued eventsDelivered() per batch. A halt asked for
// by a consumer (or a log that cannot be written) goes to the halt handler at once, on the bus
// thread, never through the throttled UI path.
class EventBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBus)

public:
    explicit EventBus(QObject *parent = nullptr);
    ~EventBus() override;

    // Configuration, before start().
    void setRunId(const QString &runId);
    void setNextSeq(qint64 seq);
    void attachLog(JsonlEventLog *log); // not owned; must outlive stop()
    void addConsumer(EventConsumer *consumer); // not owned; called in this order
    // Runs on the bus thread; must be quick and thread-safe (set a flag, queue a call).
    void setHaltHandler(std::function<void(const HaltRequest &)> handler);
    void setTickIntervalMs(int ms);
    void setMaxBatch(int events);

    void start();
    // Thread-safe. Timestamps the event if the producer did not.
    void publish(Event event);
    // Blocks until every event published before the call is written and consumed: consumers,
    // their follow-ups and the halt handler have run (a barrier: nothing else decides later).
    bool flush(int timeoutMs = 30000);
    // Drains what is queued, then stops the bus thread. Safe to call twice.
    void stop();

    bool isRunning() const { return m_thread.joinable(); }
    qint64 lastSeq() const { return m_nextSeq.load() - 1; }
    qint64 eventsWritten() const { return m_written.load(); }

Q_SIGNALS:
    // One per batch, in log order; queued to listeners in other threads.
    void eventsDelivered(const herb::EventBatch &batch);
    // Also emitted from the bus thread; connect with a context object in the receiver's thread.
    void haltRequested(const herb::HaltRequest &halt);
    void logWriteFailed(const QString &message);

private:
    void run();
    void processBatch(std::vector<Event> &events);
    void processOne(Event &&event, EventBatch *delivered, bool &promptSync);
    void runTick();
    void requestHalt(const HaltRequest &halt);
    void writePending(bool promptSync);
    template<class Call> void guarded(EventConsumer *consumer, EventEmitter &out, Call &&call);

    // Shared with producers, under m_mutex.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_progress;
    std::vector<Event> m_queue;
    bool m_busIdle = false;
    bool m_stopping = false;
    qint64 m_published = 0;
    qint64 m_processed = 0;

    // Bus thread only (configuration is set before start()).
    std::thread m_thread;
    QString m_runId;
    std::atomic<qint64> m_nextSeq { 1 };
    std::atomic<qint64> m_written { 0 };
    JsonlEventLog *m_log = nullptr;
    std::vector<EventConsumer *> m_consumers;
    std::function<void(const HaltRequest &)> m_haltHandler;
    int m_tickIntervalMs = 1000;
    int m_maxBatch = 4096;
    qint64 m_lastTickMs = 0;
    std::string m_pending; // serialised, not yet accepted by the disk
    qint64 m_pendingEvents = 0;
    bool m_logFailing = false;
};

} // namespace herb
