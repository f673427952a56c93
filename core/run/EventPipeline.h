#pragma once

#include "events/EventBus.h"
#include "events/JsonlEventLog.h"
#include "monitor/RunMetrics.h"
#include "monitor/ValidationMonitor.h"
#include "trust/TrustHalt.h"

#include <memory>

namespace herb {

// The event path of one session in a run folder, wired in the order DESIGN.md fixes: the bus
// stamps each event (RunMetrics), writes it to events.jsonl, then runs the ValidationMonitor
// and TrustHalt (the trust warnings chosen to stop the run).
// Opening an existing log continues it: seq and the run id carry on, and RunMetrics replays
// the earlier sessions so counts and data.sequence stay cumulative for the folder.
class EventPipeline
{
public:
    struct Options
    {
        QString runFolder;
        QString newRunId; // used when the folder has no log yet
        ValidationSettings validation;
        TrustSettings trust; // which trust warnings stop the run
    };

    static std::unique_ptr<EventPipeline> open(const Options &options, QString *error);
    ~EventPipeline();

    EventBus &bus() { return *m_bus; }
    JsonlEventLog &log() { return *m_log; }
    QString runId() const { return m_log->runId(); }
    QString eventsPath() const { return m_log->path(); }
    // 1 for a new folder; one more than the last session in the log otherwise.
    int nextSession() const { return m_nextSession; }
    qint64 priorEvents() const { return m_priorEvents; }

    void start();
    // Drains the bus and closes the log (synced). Safe to call twice.
    void close();

private:
    EventPipeline() = default;

    std::unique_ptr<JsonlEventLog> m_log;
    std::unique_ptr<EventBus> m_bus;
    RunMetrics m_metrics; // bus thread only, once started
    std::unique_ptr<RunMetricsStamper> m_stamper;
    std::unique_ptr<ValidationMonitor> m_monitor;
    std::unique_ptr<TrustHalt> m_trustHalt;
    int m_nextSession = 1;
    qint64 m_priorEvents = 0;
};

} // namespace herb
