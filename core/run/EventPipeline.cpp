#include "EventPipeline.h"

#include "events/EventLogReader.h"

#include <QDir>

namespace herb {

std::unique_ptr<EventPipeline> EventPipeline::open(const Options &options, QString *error)
{
    std::unique_ptr<EventPipeline> pipeline(new EventPipeline);
    const QString path = QDir(options.runFolder).filePath(QStringLiteral("events.jsonl"));
    JsonlEventLog::OpenOptions logOptions;
    logOptions.runId = options.newRunId;
    pipeline->m_log = JsonlEventLog::open(path, logOptions, error);
    if (!pipeline->m_log)
        return nullptr;

    if (pipeline->m_log->lastSeq() > 0) {
        // Read a chunk at a time: the events of a long run's log are not kept.
        int lastSession = 0;
        qint64 priorEvents = 0;
        RunMetrics &metrics = pipeline->m_metrics;
        const EventLogReader::Result prior
            = EventLogReader::scan(path, [&](std::vector<Event> &events) {
                  for (const Event &event : events) {
                      metrics.observe(event);
                      if (const auto *started = event.as<ExtractionStarted>())
                          lastSession = qMax(lastSession, started->session);
                  }
                  priorEvents += qint64(events.size());
              });
        if (!prior.error.isEmpty()) {
            if (error)
                *error = prior.error;
            return nullptr;
        }
        pipeline->m_nextSession = lastSession + 1;
        pipeline->m_priorEvents = priorEvents;
    }

    pipeline->m_bus = std::make_unique<EventBus>();
    pipeline->m_bus->setRunId(pipeline->m_log->runId());
    pipeline->m_bus->setNextSeq(pipeline->m_log->lastSeq() + 1);
    pipeline->m_bus->attachLog(pipeline->m_log.get());
    pipeline->m_stamper = std::make_unique<RunMetricsStamper>(pipeline->m_metrics);
    pipeline->m_monitor = std::make_unique<ValidationMonitor>(options.validation);
    pipeline->m_bus->addConsumer(pipeline->m_stamper.get());
    pipeline->m_bus->addConsumer(pipeline->m_monitor.get());
    pipeline->m_trustHalt = std::make_unique<TrustHalt>(options.trust);
    pipeline->m_bus->addConsumer(pipeline->m_trustHalt.get());
    return pipeline;
}

EventPipeline::~EventPipeline()
{
    close();
}

void EventPipeline::start()
{
    m_bus->start();
}

void EventPipeline::close()
{
    if (m_bus)
        m_bus->stop();
    if (m_log)
        m_log->close();
}

} // namespace herb
