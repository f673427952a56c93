#pragma once

#include "EventLogReader.h"

#include <QObject>
#include <QTimer>

namespace herb {

// Follows a growing events.jsonl like `tail -f`, for `herbstream replay --follow` and the GUI's
// monitor of a headless run. Polls (file-system notifications are unreliable on network shares,
// where run folders often live) and survives the writer's tail repair. A log truncated and
// written again (or replaced) is a new log: logRestarted(), then its events from the start.
// A log deleted or renamed away: readFailed() once, and following stops.
class EventLogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFollower)

public:
    explicit EventLogFollower(const QString &path, QObject *parent = nullptr);

    void start(int pollIntervalMs = 200);
    void stop();
    // Reads what is there now; also called by the timer.
    void poll();

Q_SIGNALS:
    void eventsRead(const herb::EventBatch &events);
    void corruptLine(qint64 lineNumber, const QString &message);
    void readFailed(const QString &message);
    // What was read before belongs to another log; the events that follow start a new one.
    void logRestarted();

private:
    EventLogReader m_reader;
    QTimer m_timer;
};

} // namespace herb
