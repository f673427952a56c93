#include "EventBus.h"

#include "EventJson.h"
#include "JsonlEventLog.h"

#include <QMetaMethod>

#include <exception>

namespace herb {

namespace {
int registerMetaTypes()
{
    qRegisterMetaType<herb::Event>();
    qRegisterMetaType<herb::EventBatch>();
    qRegisterMetaType<herb::HaltRequest>();
    return 0;
}
} // namespace

EventBus::EventBus(QObject *parent)
    : QObject(parent)
{
    static const int registered = registerMetaTypes();
    Q_UNUSED(registered);
    m_queue.reserve(1024);
}

EventBus::~EventBus()
{
    stop();
}

void EventBus::setRunId(const QString &runId)
{
    m_runId = runId;
}

void EventBus::setNextSeq(qint64 seq)
{
    m_nextSeq.store(seq);
}

void EventBus::attachLog(JsonlEventLog *log)
{
    m_log = log;
}

void EventBus::addConsumer(EventConsumer *consumer)
{
    Q_ASSERT(!isRunning());
    m_consumers.push_back(consumer);
}

void EventBus::setHaltHandler(std::function<void(const HaltRequest &)> handler)
{
    m_haltHandler = std::move(handler);
}

void EventBus::setTickIntervalMs(int ms)
{
    m_tickIntervalMs = qMax(10, ms);
}

void EventBus::setMaxBatch(int events)
{
    m_maxBatch = qMax(1, events);
}

void EventBus::start()
{
    if (isRunning())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_lastTickMs = currentTimeMs();
    m_thread = std::thread([this] { run(); });
}

void EventBus::publish(Event event)
{
    if (event.timestampMs == 0)
        event.timestampMs = currentTimeMs();
    bool wake;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(event));
        ++m_published;
        // Only the first event after the bus went idle pays for a wake-up.
        wake = m_busIdle;
        m_busIdle = false;
    }
    if (wake)
        m_wake.notify_one();
}

bool EventBus::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_published;
    if (!isRunning())
        return m_processed >= target;
    // No wake-up needed: publish() woke an idle bus, and m_processed only grows once a batch's
    // consumers and halt handler have run, so reaching `target` is a true barrier.
    return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                               [&] { return m_processed >= target; });
}

void EventBus::stop()
{
    if (!isRunning())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void EventBus::run()
{
    std::vector<Event> work;
    work.reserve(1024);
    for (;;) {
        bool stopping;
        {
            std::unique_lock lock(m_mutex);
            if (m_queue.empty() && !m_stopping) {
                m_busIdle = true;
                m_wake.wait_for(lock, std::chrono::milliseconds(m_tickIntervalMs),
                                [this] { return !m_queue.empty() || m_stopping; });
                m_busIdle = false;
            }
            work.swap(m_queue);
            stopping = m_stopping;
        }
        const qint64 taken = qint64(work.size());
        if (taken > 0)
            processBatch(work);
        work.clear();
        if (currentTimeMs() - m_lastTickMs >= m_tickIntervalMs)
            runTick();
        {
            std::lock_guard lock(m_mutex);
            m_processed += taken;
        }
        m_progress.notify_all();
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_queue.empty())
                break;
        }
    }
    // Whatever the disk refused so far gets one last try.
    if (!m_pending.empty())
        writePending(true);
}

void EventBus::processBatch(std::vector<Event> &events)
{
    // Large bursts are cut into chunks so every event reaches write(2) promptly.
    const bool deliver = isSignalConnected(QMetaMethod::fromSignal(&EventBus::eventsDelivered));
    size_t index = 0;
    while (index < events.size()) {
        const size_t end = qMin(events.size(), index + size_t(m_maxBatch));
        EventBatch delivered;
        if (deliver)
            delivered.reserve(qsizetype(end - index));
        bool promptSync = false;
        for (; index < end; ++index)
            processOne(std::move(events[index]), deliver ? &delivered : nullptr, promptSync);
        writePending(promptSync);
        if (deliver)
            Q_EMIT eventsDelivered(delivered);
    }
}

void EventBus::processOne(Event &&event, EventBatch *delivered, bool &promptSync)
{
    EventEmitter followUps;
    event.seq = m_nextSeq.fetch_add(1);
    event.runId = m_runId;
    for (EventConsumer *consumer : m_consumers)
        guarded(consumer, followUps, [&] { consumer->annotate(event); });
    appendEventLine(m_pending, event);
    ++m_pendingEvents;
    promptSync = promptSync || event.needsPromptSync();
    for (EventConsumer *consumer : m_consumers) {
        guarded(consumer, followUps, [&] {
            if (auto halt = consumer->consume(event, followUps))
                requestHalt(*halt);
        });
    }
    if (delivered)
        delivered->push_back(std::move(event));
    // Follow-ups (a checkpoint, a consumer's failure report) are handled right after the event
    // that caused them, before anything else in the queue.
    for (Event &next : followUps.events())
        processOne(std::move(next), delivered, promptSync);
}

void EventBus::runTick()
{
    m_lastTickMs = currentTimeMs();
    EventEmitter out;
    for (EventConsumer *consumer : m_consumers) {
        guarded(consumer, out, [&] {
            if (auto halt = consumer->tick(m_lastTickMs, out))
                requestHalt(*halt);
        });
    }
    if (out.events().empty())
        return;
    std::lock_guard lock(m_mutex);
    for (Event &event : out.events()) {
        m_queue.push_back(std::move(event));
        // Counted as published: m_processed counts them once taken, and flush()'s barrier
        // compares the two (uncounted, they let a flush return before the events it waits for).
        ++m_published;
    }
}

template<class Call> void EventBus::guarded(EventConsumer *consumer, EventEmitter &out, Call &&call)
{
    QString failure;
    try {
        call();
        return;
    } catch (const std::exception &e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QStringLiteral("unknown exception");
    }
    out.publish(
        Event::make(EventType::ConsumerFailed, ConsumerFailed { consumer->name(), failure }));
}

void EventBus::requestHalt(const HaltRequest &halt)
{
    if (m_haltHandler)
        m_haltHandler(halt);
    Q_EMIT haltRequested(halt);
}

void EventBus::writePending(bool promptSync)
{
    if (!m_log || m_log->append(m_pending)) {
        if (!m_log)
            m_pending.clear();
        m_written.fetch_add(m_pendingEvents);
        m_pendingEvents = 0;
        if (!m_log)
            return;
        if (m_logFailing)
            promptSync = true; // the disk came back: make the backlog durable now
        m_logFailing = false;
        if (promptSync)
            m_log->requestSync();
        return;
    }
    // The unwritten rest stays in m_pending and is retried with the next batch: nothing is
    // dropped, and the run is told to stop because its log is no longer safe.
    if (!m_logFailing) {
        m_logFailing = true;
        const QString message = m_log->lastError();
        Q_EMIT logWriteFailed(message);
        requestHalt(HaltRequest { FailureReason::IoError, message });
    }
}

} // namespace herb
