#pragma once

#include "TrustSettings.h"
#include "events/EventConsumer.h"

namespace herb {

// Turns the warnings chosen with --halt-on (or the window's setting) into a stop: the first
// validation.warning whose reason is in the list asks the bus for a halt (extraction.failed
// reason trust_check_failed, exit 3). Any check that publishes a warning, on the bus or in the
// record path, gets this for free.
class TrustHalt final : public EventConsumer
{
public:
    explicit TrustHalt(TrustSettings settings)
        : m_settings(std::move(settings))
    { }

    QString name() const override { return QStringLiteral("TrustHalt"); }
    std::optional<HaltRequest> consume(const Event &event, EventEmitter &out) override;

private:
    TrustSettings m_settings;
    bool m_halted = false;
};

} // namespace herb
