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
    ValidationControl, // a control sheet's answer scored against its known values
    ValidationAudit, // a second model's answer for a specimen compared with the run's
    Other, // a type this version does not know, read from a log
};

// The wire name, e.g. "specimen.completed"; Other has none.
std::string_view eventTypeName(EventType type);
EventType eventTypeFromName(std::string_view name);

// extraction.failed reasons (DESIGN.md, "Event log").
enum class FailureReason : quint8
{
    EarlyValidationFailed,
    FatalError,
    PreflightFailed,
    Interrupted,
    IoError,
    TrustCheckFailed, // a trust check's warning chosen to stop the run (--halt-on)
    Other, // a reason this version does not know, read from a log
};

// specimen.failed error kinds (DESIGN.md, "Event log"); None on a success.
enum class ErrorKind : quint8
{
    None,
    Http,
    Timeout,
    Network,
    Parse,
    EmptyRecord,
    Image,
    Moderation,
    Cancelled,
    Other, // a kind this version does not know, read from a log or records.jsonl
};

// validation.warning reasons (DESIGN.md, "Validation semantics").
enum class WarningReason : quint8
{
    LowSuccessRate,
    Stalled,
    ImageErrors,
    Waiting, // the run waits for a server's Retry-After or a long backoff
    // Trust checks (core/trust): well-formed records whose values cannot be trusted.
    PromptLeak, // records repeat values of the prompt (its worked example)
    RepeatedValues, // catalogue numbers (or collector + number) repeat across different images
    IdenticalRecords, // every core field identical on several different images
    BarcodeMismatch, // the model's catalogNumber disagrees with the barcode read on the sheet
    ImplausibleValues, // impossible dates, coordinates, names
    ControlAccuracy, // control sheets re-sent during the run are answered wrongly
    UnknownNames, // scientific names GBIF does not know
    ModelDisagreement, // a second model reads the same sheets differently
    Other, // a reason this version does not know, read from a log
};

// The wire names, e.g. "early_validation_failed", "http", "low_success_rate": written and read
// only by the event log, records.jsonl and run.json. ErrorKind::None is the empty name; Other is
// "other", and every name this version does not know reads as Other.
std::string_view failureReasonName(FailureReason reason);
std::string_view errorKindName(ErrorKind kind);
std::string_view warningReasonName(WarningReason reason);
FailureReason failureReasonFromName(std::string_view name);
ErrorKind errorKindFromName(std::string_view name);
WarningReason warningReasonFromName(std::string_view name);
// The same names as QString (run.json, records.jsonl, the console and the window's texts).
QString nameOf(FailureReason reason);
QString nameOf(ErrorKind kind);
QString nameOf(WarningReason reason);
FailureReason failureReasonFromName(const QString &name);
ErrorKind errorKindFromName(const QString &name);
WarningReason warningReasonFromName(const QString &name);

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

// A record flag (core/trust) as an event carries it: the flag ("value_from_prompt:catalogNumber")
// and the value it concerns, so a warning can quote its evidence without reading records.jsonl.
struct FlagNote
{
    QString flag;
    QString value; // at most 80 characters
    friend bool operator==(const FlagNote &, const FlagNote &) = default;
};

// One piece of a trust warning's evidence: which specimen, which field, which value.
struct WarningEvidence
{
    QString specimenId;
    QString field;
    QString value;
    friend bool operator==(const WarningEvidence &, const WarningEvidence &) = default;
};

struct SpecimenError
{
    ErrorKind kind = ErrorKind::None;
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
    // completed only: the record's trust flags (records.jsonl "flags"), and earlier records that
    // this one's values flagged too (the first image of a repeated catalogNumber).
    QList<FlagNote> flags;
    QStringList alsoFlagged;
};

struct SpecimenSkipped
{
    QString specimenId;
    QString reason;
};

// The early checkpoint's verdict. Two kinds: the success rate of the first specimens
// (ValidationMonitor), and, with control sheets (--controls), the accuracy of their answers
// on the core fields (`controls`: checked is the controls answered, threshold the accuracy's).
struct ValidationCheckpoint
{
    bool passed = false;
    int session = 1;
    int checked = 0;
    int successCount = 0;
    double successRate = 0.0;
    double threshold = 0.0;
    bool controls = false;
    int fieldsCompared = 0; // controls: core fields with a known value
    int fieldsExact = 0; // controls: of those, answered exactly
    double accuracy() const
    {
        return fieldsCompared > 0 ? double(fieldsExact) / fieldsCompared : 0.0;
    }
};

// validation.control: one answer for a control sheet scored against its known values on the
// core fields, with the rules of `herbstream score` (issue 12, check 6). A recheck is a control
// sent again during the run: its answer is scored, never written as the specimen's record.
struct ControlScore
{
    QString specimenId;
    int session = 1;
    bool recheck = false;
    int compared = 0; // core fields with a known value
    int exact = 0; // of those, answered exactly (a failed answer: none)
    // A recheck's tokens and cost, which no specimen event carries (the start's answers are
    // their specimens' events).
    TokenUsage usage;
    double accuracy() const { return compared > 0 ? double(exact) / compared : 0.0; }
};

// validation.audit: a specimen sent to a second model as well (--audit-model, issue 12, check
// 7), its answer compared with the run's record on the core fields, exact after
// normalisation. Neither record is changed; the second answer goes to audits.jsonl.
struct AuditComparison
{
    QString specimenId;
    int session = 1;
    QString model; // the second model
    // Core fields with a value in either answer, and of those the ones both read alike. An
    // answer that failed (either side) compares nothing: `error` says which and why.
    int compared = 0;
    int agreed = 0;
    QString error;
    TokenUsage usage; // the second model's tokens and cost, which no specimen event carries
    double agreement() const { return compared > 0 ? double(agreed) / compared : 0.0; }
};

struct ValidationWarning
{
    WarningReason reason = WarningReason::Other;
    QString message;
    int window = 0;
    double successRate = 0.0;
    double threshold = 0.0;
    qint64 idleSeconds = 0; // stalled: nothing finished for this long
    // A server asked the run to wait this long (Retry-After): reason waiting, or stalled when
    // the wait is longer than the stall interval. The message says until when.
    qint64 waitSeconds = 0;
    // Trust checks: how many records of the window carry the flag, their share, and up to 10
    // pieces of evidence (specimen, field, value).
    int count = 0;
    double rate = 0.0;
    QList<WarningEvidence> evidence;
};

struct ExtractionCompleted
{
    int session = 1;
    double durationSeconds = 0.0;
    MetricsSnapshot metrics;
};

struct ExtractionFailed
{
    FailureReason reason = FailureReason::Other;
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
                   ConsumerFailed, ControlScore, AuditComparison, OtherEvent>;

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
    static Event control(ControlScore payload);
    static Event audit(AuditComparison payload);
    static Event extractionCompleted(ExtractionCompleted payload);
    static Event extractionFailed(FailureReason reason, QString message, int session = 1);
};

using EventBatch = QList<Event>;

qint64 currentTimeMs();

} // namespace herb

Q_DECLARE_METATYPE(herb::Event)
Q_DECLARE_METATYPE(herb::EventBatch)
