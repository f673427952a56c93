#include "SimulatedSpecimenSource.h"

#include <QJsonObject>

#include <chrono>

namespace herb {

SimulatedSpecimenSource::SimulatedSpecimenSource(EventBus &bus, Scenario scenario, int count,
                                                 int latencyMs, int session, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_scenario(scenario)
    , m_count(count)
    , m_latencyMs(latencyMs)
    , m_session(session)
{ }

SimulatedSpecimenSource::~SimulatedSpecimenSource()
{
    m_stop.store(true);
    if (m_thread.joinable())
        m_thread.join();
}

void SimulatedSpecimenSource::start()
{
    m_thread = std::thread([this] { run(); });
}

void SimulatedSpecimenSource::halt(const HaltRequest &request)
{
    if (m_stop.load())
        return;
    m_halt = request;
    m_stop.store(true);
}

void SimulatedSpecimenSource::interrupt()
{
    halt(HaltRequest { FailureReason::Interrupted, QStringLiteral("Interrupted by the user.") });
}

void SimulatedSpecimenSource::run()
{
    const qint64 startMs = currentTimeMs();
    ExtractionStarted started;
    started.session = m_session;
    started.specimenCount = m_count;
    started.pendingCount = m_count;
    started.details = QJsonObject {
        { QStringLiteral("engine"),
          QStringLiteral("simulated (event-bus demonstration, no extraction)") },
        { QStringLiteral("scenario"),
          m_scenario == Scenario::Healthy ? QStringLiteral("healthy") : QStringLiteral("failing") },
        { QStringLiteral("concurrency"), 1 },
    };
    m_bus.publish(Event::started(started));

    for (int i = 1; i <= m_count && !m_stop.load(); ++i) {
        const QString id
            = QStringLiteral("simulated/specimen_%1.jpg").arg(i, 3, 10, QLatin1Char('0'));
        m_dispatched.fetch_add(1);
        m_bus.publish(Event::processing(id));
        std::this_thread::sleep_for(std::chrono::milliseconds(m_latencyMs));
        SpecimenFinished finished;
        finished.specimenId = id;
        finished.latencyMs = m_latencyMs;
        // The healthy run has an occasional bad sheet, as real runs do.
        const bool success = m_scenario == Scenario::Healthy && i % 9 != 0;
        if (success) {
            finished.fieldsExtracted = 8 + i % 5;
            finished.filledTerms = { QStringLiteral("catalogNumber"),
                                     QStringLiteral("scientificName"), QStringLiteral("eventDate"),
                                     QStringLiteral("recordedBy"), QStringLiteral("locality") };
            m_bus.publish(Event::completed(finished));
        } else {
            finished.error
                = { ErrorKind::Parse, 0,
                    m_scenario == Scenario::Healthy
                        ? QStringLiteral("the label is illegible: no Darwin Core field found")
                        : QStringLiteral("the model answered prose, not a JSON object") };
            m_bus.publish(Event::failed(finished));
        }
        // Give the monitor the time a real round trip would: the next dispatch happens after
        // the bus has seen this result (the real controller's slow start does the same).
        m_bus.flush();
    }

    if (m_stop.load()) {
        m_bus.publish(Event::extractionFailed(m_halt.reason, m_halt.message, m_session));
    } else {
        ExtractionCompleted completed;
        completed.session = m_session;
        completed.durationSeconds = double(currentTimeMs() - startMs) / 1000.0;
        m_bus.publish(Event::extractionCompleted(completed));
    }
    m_bus.flush();
    QMetaObject::invokeMethod(this, &SimulatedSpecimenSource::finished, Qt::QueuedConnection);
}

} // namespace herb
