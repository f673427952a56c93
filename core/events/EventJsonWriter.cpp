#include "EventJson.h"

#include "util/JsonWriter.h"

namespace herb {

namespace {

void writeMetrics(JsonWriter &w, const MetricsSnapshot &m)
{
    w.key("metrics");
    w.beginObject();
    w.field("total_processed", m.totalProcessed);
    w.field("success_count", m.successCount);
    w.field("failed_count", m.failedCount);
    w.field("success_rate", m.successRate);
    w.field("specimens_per_minute", m.specimensPerMinute);
    w.endObject();
}

void writeUsage(JsonWriter &w, const TokenUsage &usage)
{
    w.key("usage");
    w.beginObject();
    w.field("prompt_tokens", usage.promptTokens);
    w.field("completion_tokens", usage.completionTokens);
    w.field("cost", usage.cost);
    w.endObject();
}

struct DataWriter
{
    JsonWriter &w;
    EventType type;

    void operator()(const ExtractionStarted &p) const
    {
        w.field("schema_version", p.schemaVersion);
        w.field("session", p.session);
        w.field("specimen_count", p.specimenCount);
        w.field("pending", p.pendingCount);
        for (auto it = p.details.begin(); it != p.details.end(); ++it) {
            w.key(QStringView(it.key()));
            w.value(it.value());
        }
    }
    void operator()(const SpecimenProcessing &p) const
    {
        w.field("specimen_id", p.specimenId);
        w.field("attempt", p.attempt);
    }
    void operator()(const SpecimenFinished &p) const
    {
        w.field("specimen_id", p.specimenId);
        w.field("sequence", p.sequence);
        if (type == EventType::SpecimenCompleted) {
            w.key("result");
            w.beginObject();
            w.field("success", true);
            w.field("fields_extracted", p.fieldsExtracted);
            w.endObject();
        } else {
            w.key("error");
            w.beginObject();
            w.field("kind", errorKindName(p.error.kind));
            w.field("status", p.error.status);
            w.field("message", p.error.message);
            w.endObject();
            if (p.fatal)
                w.field("fatal", true);
        }
        if (!p.filledTerms.isEmpty()) {
            w.key("fields");
            w.beginArray();
            for (const QString &term : p.filledTerms)
                w.value(term);
            w.endArray();
        }
        w.field("latency_ms", p.latencyMs);
        w.field("attempts", p.attempts);
        if (!p.usage.isEmpty())
            writeUsage(w, p.usage);
        writeMetrics(w, p.metrics);
        if (!p.flags.isEmpty()) {
            w.key("flags");
            w.beginArray();
            for (const FlagNote &note : p.flags) {
                w.beginObject();
                w.field("flag", note.flag);
                w.field("value", note.value);
                w.endObject();
            }
            w.endArray();
        }
        if (!p.alsoFlagged.isEmpty()) {
            w.key("also_flagged");
            w.beginArray();
            for (const QString &id : p.alsoFlagged)
                w.value(id);
            w.endArray();
        }
    }
    void operator()(const SpecimenSkipped &p) const
    {
        w.field("specimen_id", p.specimenId);
        w.field("reason", p.reason);
    }
    void operator()(const ValidationCheckpoint &p) const
    {
        w.field("status", std::string_view(p.passed ? "passed" : "failed"));
        w.field("session", p.session);
        w.field("checked", p.checked);
        if (p.controls) {
            w.field("kind", std::string_view("controls"));
            w.field("fields_compared", p.fieldsCompared);
            w.field("fields_exact", p.fieldsExact);
            w.field("accuracy", p.accuracy());
        } else {
            w.field("success_count", p.successCount);
            w.field("success_rate", p.successRate);
        }
        w.field("threshold", p.threshold);
    }
    void operator()(const ControlScore &p) const
    {
        w.field("specimen_id", p.specimenId);
        w.field("session", p.session);
        w.field("recheck", p.recheck);
        w.field("compared", p.compared);
        w.field("exact", p.exact);
        w.field("accuracy", p.accuracy());
        if (!p.usage.isEmpty())
            writeUsage(w, p.usage);
    }
    void operator()(const AuditComparison &p) const
    {
        w.field("specimen_id", p.specimenId);
        w.field("session", p.session);
        w.field("model", p.model);
        w.field("compared", p.compared);
        w.field("agreed", p.agreed);
        w.field("agreement", p.agreement());
        if (!p.error.isEmpty())
            w.field("error", p.error);
        if (!p.usage.isEmpty())
            writeUsage(w, p.usage);
    }
    void operator()(const ValidationWarning &p) const
    {
        w.field("reason", warningReasonName(p.reason));
        w.field("message", p.message);
        w.field("window", p.window);
        w.field("success_rate", p.successRate);
        w.field("threshold", p.threshold);
        if (p.idleSeconds > 0)
            w.field("idle_seconds", p.idleSeconds);
        if (p.waitSeconds > 0)
            w.field("wait_seconds", p.waitSeconds);
        if (p.count > 0) {
            w.field("count", p.count);
            w.field("rate", p.rate);
        }
        if (!p.evidence.isEmpty()) {
            w.key("evidence");
            w.beginArray();
            for (const WarningEvidence &e : p.evidence) {
                w.beginObject();
                w.field("specimen_id", e.specimenId);
                w.field("field", e.field);
                w.field("value", e.value);
                w.endObject();
            }
            w.endArray();
        }
    }
    void operator()(const ExtractionCompleted &p) const
    {
        w.field("session", p.session);
        w.field("duration_s", p.durationSeconds);
        writeMetrics(w, p.metrics);
    }
    void operator()(const ExtractionFailed &p) const
    {
        w.field("reason", failureReasonName(p.reason));
        w.field("message", p.message);
        w.field("session", p.session);
        writeMetrics(w, p.metrics);
    }
    void operator()(const ConsumerFailed &p) const
    {
        w.field("consumer", p.consumer);
        w.field("message", p.message);
    }
    void operator()(const OtherEvent &) const { }
};

} // namespace

void appendEventLine(std::string &out, const Event &event)
{
    out += "{\"event_type\":\"";
    if (const auto *other = event.as<OtherEvent>())
        JsonWriter::appendEscaped(out, other->type);
    else
        out += eventTypeName(event.type);
    out += "\",\"timestamp\":\"";
    JsonWriter::appendTimestamp(out, event.timestampMs);
    out += "\",\"run_id\":\"";
    JsonWriter::appendEscaped(out, event.runId);
    out += "\",\"seq\":";
    JsonWriter(out).value(event.seq);
    out += ",\"data\":";
    if (const auto *other = event.as<OtherEvent>(); other && !other->dataJson.isEmpty()) {
        out.append(other->dataJson.constData(), size_t(other->dataJson.size()));
    } else {
        JsonWriter w(out);
        w.beginObject();
        std::visit(DataWriter { w, event.type }, event.payload);
        w.endObject();
    }
    out += "}\n";
}

std::string eventLine(const Event &event)
{
    std::string line;
    appendEventLine(line, event);
    return line;
}

} // namespace herb
