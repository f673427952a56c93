#pragma once

#include "events/EventBus.h"

#include <QObject>

#include <atomic>
#include <thread>

namespace herb {

// A stand-in for extraction in the event-bus demonstration: it publishes the events a run of N
// specimens would, with a fixed latency and scripted outcomes, and no images or model at all.
// "healthy" succeeds on most specimens; "failing" plays a wrong prompt (the model answers prose,
// every specimen fails to parse). It obeys a halt like the real controller: nothing more is
// dispatched, and the session is closed with extraction.failed carrying the halt's reason.
class SimulatedSpecimenSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedSpecimenSource)

public:
    enum class Scenario
    {
        Healthy,
        Failing
    };

    SimulatedSpecimenSource(EventBus &bus, Scenario scenario, int count, int latencyMs, int session,
                            QObject *parent = nullptr);
    ~SimulatedSpecimenSource() override;

    void start();
    // Thread-safe; from the bus's halt handler or a signal.
    void halt(const HaltRequest &request);
    void interrupt();
    int dispatched() const { return m_dispatched.load(); }

Q_SIGNALS:
    void finished();

private:
    void run();

    EventBus &m_bus;
    Scenario m_scenario;
    int m_count;
    int m_latencyMs;
    int m_session;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_dispatched { 0 };
    HaltRequest m_halt; // written before m_stop is set
};

} // namespace herb
