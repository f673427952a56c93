#include "TrustHalt.h"

namespace herb {

std::optional<HaltRequest> TrustHalt::consume(const Event &event, EventEmitter &out)
{
    Q_UNUSED(out);
    if (event.type == EventType::ExtractionStarted) {
        m_halted = false;
        return std::nullopt;
    }
    const auto *warning = event.as<ValidationWarning>();
    if (!warning || m_halted || !m_settings.haltsOn(warning->reason))
        return std::nullopt;
    m_halted = true;
    return HaltRequest { FailureReason::TrustCheckFailed,
                         QStringLiteral("Stopped by the %1 check (--halt-on): %2")
                             .arg(nameOf(warning->reason), warning->message) };
}

} // namespace herb
