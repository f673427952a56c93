#include "EventLogFollower.h"

namespace herb {

EventLogFollower::EventLogFollower(const QString &path, QObject *parent)
    : QObject(parent)
    , m_reader(path)
{
    connect(&m_timer, &QTimer::timeout, this, &EventLogFollower::poll);
}

void EventLogFollower::start(int pollIntervalMs)
{
    poll();
    m_timer.start(pollIntervalMs);
}

void EventLogFollower::stop()
{
    m_timer.stop();
}

void EventLogFollower::poll()
{
    std::vector<Event> events;
    std::vector<LogCorruption> corruptions;
    QString error;
    if (!m_reader.readAvailable(events, corruptions, &error)) {
        if (m_reader.isGone())
            m_timer.stop(); // nothing will ever be appended to the old file
        Q_EMIT readFailed(error);
        return;
    }
    if (m_reader.takeRestarted())
        Q_EMIT logRestarted();
    for (const LogCorruption &corruption : corruptions)
        Q_EMIT corruptLine(corruption.lineNumber, corruption.message);
    if (events.empty())
        return;
    EventBatch batch;
    batch.reserve(qsizetype(events.size()));
    for (Event &event : events)
        batch.push_back(std::move(event));
    Q_EMIT eventsRead(batch);
}

} // namespace herb
