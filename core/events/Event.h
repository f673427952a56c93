#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <string_view>
#include <variant>

namespace herb {

// Bumped when a field changes meaning; recorded in extraction.started.
inline constexpr int kEventSchemaVersion = 1;

enum class EventType : quint8
{
    ExtractionStarted,
    SpecimenProcessing,
    SpecimenCompleted,
    SpecimenFailed,
    SpecimenSkipped,
    ValidationCheckpoint,
    ValidationWarning,
    ExtractionCompleted,
    ExtractionFailed,
    ConsumerFailed,
    Other, // a type this version does not know, read from a log
};

// The wire name, e.g. "specimen.completed"; Other has none.
std::string_view eventTypeName(EventType type);
EventType eventTypeFromName(std::string_view name);

// extraction.failed reasons (DESIGN.md, "Event log").
namespace FailureReason {
inline const QString EarlyValidationFailed = QStringLiteral("early_validation_failed");
inline const QString FatalError = QStringLiteral("fatal_error");
inline const QString PreflightFailed = QStringLiteral("preflight_failed");
inline const QString Interrupted = QStringLiteral("interrupted");
inline const QString IoError = QStringLiteral("io_error");
} // namespace FailureReason

// specimen.failed error kinds (DESIGN.md, "Event log").
namespace ErrorKind {
inline const QString Http = QStringLiteral("http");
inline const QString Timeout = QStringLiteral("timeout");
inline const QString Network = QStringLiteral("network");
inline const QString Parse = QStringLiteral("parse");
inline const QString EmptyRecord = QStringLiteral("empty_record");
inline const QString Image = QStringLiteral("image");
inline const QString Moderation = QStringLiteral("moderation");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace ErrorKind

// Cumulative figures for the run folder, stamped on each finished specimen by the bus.
struct MetricsSnapshot
{
    qint64 totalProcessed = 0;
    qint64 successCount = 0;
    qint64 failedCount = 0;
    double successRate = 0.0;
    double specimensPerMinute = 0.0;
    friend bool operator==(const MetricsSnapshot &, const MetricsSnapshot &) = default;
};

struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0.0;
    bool isEmpty() const { return promptTokens == 0 && completionTokens == 0 && cost == 0.0; }
};

struct SpecimenError
{
    QString kind; // one of ErrorKind
    int status = 0; // HTTP status where there was one
    QString message;
};

struct ExtractionStarted
{
    int schemaVersion = kEventSchemaVersion;
    int session = 1;
    qint64 specimenCount = 0; // images in the folder
    qint64 pendingCount = 0; // of those, what this session will work on
    QJsonObject details; // engine, model, endpoint, prompt, thresholds, ... (never a key)
};

struct SpecimenProcessing
{
    QString specimenId;
    int attempt = 1;
};

// specimen.completed (success) or specimen.failed, told apart by Event::type.
struct SpecimenFinished
{
    QString specimenId;
    qint64 sequence = 0; // stamped on the bus: finished specimens of the folder, finish order
    int fieldsExtracted = 0;
    QStringList filledTerms; // Darwin Core terms with a value, for coverage charts
    SpecimenError error; // failed only
    bool fatal = false; // failed only: the run cannot go on (bad key, unknown model)
    qint64 latencyMs = 0;
    int attempts = 1;
    TokenUsage usage;
    MetricsSnapshot metrics; // stamped on the bus
};

struct SpecimenSkipped
{
    QString specimenId;
    QString reason;
};

struct ValidationCheckpoint
{
    bool passed = false;
    int session = 1;
    int checked = 0;
    int successCount = 0;
    double successRate = 0.0;
    double threshold = 0.0;
};

struct ValidationWarning
{
    QString reason; // low_success_rate, stalled, image_errors
    QString message;
    int window = 0;
    double successRate = 0.0;
    double threshold = 0.0;
    qint64 idleSeconds = 0;
};

struct ExtractionCompleted
{
    int session = 1;
    double durationSeconds = 0.0;
    MetricsSnapshot metrics;
};

struct ExtractionFailed
{
    QString reason; // one of FailureReason
    QString message;
    int session = 1;
    MetricsSnapshot metrics;
};

// A consumer on the bus threw or failed; the bus reports it and goes on.
struct ConsumerFailed
{
    QString consumer;
    QString message;
};

// An event of a type this version does not know: its data kept verbatim.
struct OtherEvent
{
    QString type;
    QByteArray dataJson;
};

using EventPayload
    = std::variant<ExtractionStarted, SpecimenProcessing, SpecimenFinished, SpecimenSkipped,
                   ValidationCheckpoint, ValidationWarning, ExtractionCompleted, ExtractionFailed,
                   ConsumerFailed, OtherEvent>;

// One line of events.jsonl. Producers fill type, timestamp and payload; the bus stamps
// run id and seq in the order events reach the log.
struct Event
{
    EventType type = EventType::Other;
    qint64 timestampMs = 0; // Unix epoch, UTC
    qint64 seq = 0;
    QString runId;
    EventPayload payload;

    template<class T> const T *as() const { return std::get_if<T>(&payload); }
    template<class T> T *as() { return std::get_if<T>(&payload); }

    bool isSpecimenFinished() const
    {
        return type == EventType::SpecimenCompleted || type == EventType::SpecimenFailed;
    }
    bool isTerminal() const
    {
        return type == EventType::ExtractionCompleted || type == EventType::ExtractionFailed;
    }
    // extraction.* and validation.* events are synced to disk at once.
    bool needsPromptSync() const;
    QString typeName() const;

    // Builders stamp the current time; the bus stamps the rest.
    static Event make(EventType type, EventPayload payload);
    static Event started(ExtractionStarted payload);
    static Event processing(QString specimenId, int attempt = 1);
    static Event completed(SpecimenFinished payload);
    static Event failed(SpecimenFinished payload);
    static Event skipped(QString specimenId, QString reason);
    static Event checkpoint(ValidationCheckpoint payload);
    static Event warning(ValidationWarning payload);
    static Event extractionCompleted(ExtractionCompleted payload);
    static Event extractionFailed(QString reason, QString message, int session = 1);
};

using EventBatch = QList<Event>;

qint64 currentTimeMs();

} // namespace herb

Q_DECLARE_METATYPE(herb::Event)
Q_DECLARE_METATYPE(herb::EventBatch)
