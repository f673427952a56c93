#include "Event.h"

#include <QDateTime>

#include <array>
#include <chrono>

namespace herb {

namespace {
struct TypeName
{
    EventType type;
    std::string_view name;
};
constexpr std::array<TypeName, 12> kTypeNames { {
    { EventType::ExtractionStarted, "extraction.started" },
    { EventType::SpecimenProcessing, "specimen.processing" },
    { EventType::SpecimenCompleted, "specimen.completed" },
    { EventType::SpecimenFailed, "specimen.failed" },
    { EventType::SpecimenSkipped, "specimen.skipped" },
    { EventType::ValidationCheckpoint, "validation.checkpoint" },
    { EventType::ValidationWarning, "validation.warning" },
    { EventType::ExtractionCompleted, "extraction.completed" },
    { EventType::ExtractionFailed, "extraction.failed" },
    { EventType::ConsumerFailed, "bus.consumer_failed" },
    { EventType::ValidationControl, "validation.control" },
    { EventType::ValidationAudit, "validation.audit" },
} };
} // namespace

std::string_view eventTypeName(EventType type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return entry.name;
    }
    return {};
}

EventType eventTypeFromName(std::string_view name)
{
    for (const auto &entry : kTypeNames) {
        if (entry.name == name)
            return entry.type;
    }
    return EventType::Other;
}

bool Event::needsPromptSync() const
{
    switch (type) {
    case EventType::ExtractionStarted:
    case EventType::ExtractionCompleted:
    case EventType::ExtractionFailed:
    case EventType::ValidationCheckpoint:
    case EventType::ValidationWarning:
    case EventType::ValidationControl:
    case EventType::ValidationAudit:
        return true;
    default:
        return false;
    }
}

QString Event::typeName() const
{
    if (const auto *other = as<OtherEvent>())
        return other->type;
    const std::string_view name = eventTypeName(type);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

qint64 currentTimeMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Event Event::make(EventType type, EventPayload payload)
{
    Event event;
    event.type = type;
    event.timestampMs = currentTimeMs();
    event.payload = std::move(payload);
    return event;
}

Event Event::started(ExtractionStarted payload)
{
    return make(EventType::ExtractionStarted, std::move(payload));
}

Event Event::processing(QString specimenId, int attempt)
{
    return make(EventType::SpecimenProcessing,
                SpecimenProcessing { std::move(specimenId), attempt });
}

Event Event::completed(SpecimenFinished payload)
{
    return make(EventType::SpecimenCompleted, std::move(payload));
}

Event Event::failed(SpecimenFinished payload)
{
    return make(EventType::SpecimenFailed, std::move(payload));
}

Event Event::skipped(QString specimenId, QString reason)
{
    return make(EventType::SpecimenSkipped,
                SpecimenSkipped { std::move(specimenId), std::move(reason) });
}

Event Event::checkpoint(ValidationCheckpoint payload)
{
    return make(EventType::ValidationCheckpoint, std::move(payload));
}

Event Event::warning(ValidationWarning payload)
{
    return make(EventType::ValidationWarning, std::move(payload));
}

Event Event::control(ControlScore payload)
{
    return make(EventType::ValidationControl, std::move(payload));
}

Event Event::audit(AuditComparison payload)
{
    return make(EventType::ValidationAudit, std::move(payload));
}

Event Event::extractionCompleted(ExtractionCompleted payload)
{
    return make(EventType::ExtractionCompleted, std::move(payload));
}

Event Event::extractionFailed(FailureReason reason, QString message, int session)
{
    ExtractionFailed payload;
    payload.reason = reason;
    payload.message = std::move(message);
    payload.session = session;
    return make(EventType::ExtractionFailed, std::move(payload));
}

} // namespace herb
