#pragma once

#include "Event.h"

#include <optional>
#include <vector>

namespace herb {

// Why a consumer wants the run stopped. A halt is a return value, never an exception, so no
// handler in between can swallow it (the first design's defect).
struct HaltRequest
{
    FailureReason reason = FailureReason::Other;
    QString message;
};

// Collects the events a consumer publishes while it handles one; the bus processes them right
// after that event, so a checkpoint lands in the log next to the specimen that decided it.
class EventEmitter
{
public:
    void publish(Event event) { m_events.push_back(std::move(event)); }
    std::vector<Event> &events() { return m_events; }

private:
    std::vector<Event> m_events;
};

// A synchronous consumer, run on the bus thread for every event in log order. Consumers run in
// the order they were added; one that throws is reported (bus.consumer_failed) and kept.
class EventConsumer
{
public:
    virtual ~EventConsumer() = default;
    virtual QString name() const = 0;

    // Before the event is written: add what only the bus's order can tell (sequence numbers,
    // cumulative metrics).
    virtual void annotate(Event &event) { Q_UNUSED(event); }
    // After it is written: react, publish follow-up events, or ask for a halt.
    virtual std::optional<HaltRequest> consume(const Event &event, EventEmitter &out) = 0;
    // On the bus thread at the bus's tick interval, events or not: time-based checks.
    virtual std::optional<HaltRequest> tick(qint64 nowMs, EventEmitter &out)
    {
        Q_UNUSED(nowMs);
        Q_UNUSED(out);
        return std::nullopt;
    }
};

} // namespace herb

Q_DECLARE_METATYPE(herb::HaltRequest)
