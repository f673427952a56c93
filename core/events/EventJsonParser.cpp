#include "EventJson.h"

#include "util/JsonWriter.h"

#include <QDateTime>
#include <QJsonDocument>

#include <simdjson.h>

#include <charconv>

namespace herb {

// The DOM API, not On-Demand: On-Demand is compiled inline for the build machine's baseline
// (the portable fallback kernel without -mavx2), while the DOM parser dispatches at run time to
// the best kernel the CPU has (AVX2, AVX-512), which is several times faster here.
namespace dom = simdjson::dom;

namespace {

// "2026-11-27T20:51:02.123Z" on the fast path; any other RFC 3339 form through QDateTime.
bool parseTimestamp(std::string_view text, qint64 &ms)
{
    auto digits = [&](size_t pos, size_t count, int &value) {
        if (pos + count > text.size())
            return false;
        const auto result = std::from_chars(text.data() + pos, text.data() + pos + count, value);
        return result.ec == std::errc() && result.ptr == text.data() + pos + count;
    };
    int year, month, day, hour, minute, second, milli;
    if (text.size() == 24 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':'
        && text[16] == ':' && text[19] == '.' && text[23] == 'Z' && digits(0, 4, year)
        && digits(5, 2, month) && digits(8, 2, day) && digits(11, 2, hour) && digits(14, 2, minute)
        && digits(17, 2, second) && digits(20, 3, milli)) {
        // Days from civil (Howard Hinnant).
        const int y = year - (month <= 2);
        const int era = (y >= 0 ? y : y - 399) / 400;
        const unsigned yoe = unsigned(y - era * 400);
        const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        const qint64 days = qint64(era) * 146097 + qint64(doe) - 719468;
        ms = ((days * 24 + hour) * 60 + minute) * 60000LL + second * 1000LL + milli;
        return true;
    }
    const QDateTime parsed = QDateTime::fromString(
        QString::fromUtf8(text.data(), qsizetype(text.size())), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    ms = parsed.toMSecsSinceEpoch();
    return true;
}

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Tolerant scalar readers: a field of the wrong type reads as the default instead of
// failing the whole line; the line's identity fields are checked strictly.
QString readString(dom::element value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return toQString(text);
}

// A wire name (a kind, a reason) as it stands in the line; empty for a non-string.
std::string_view readName(dom::element value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

qint64 readInt(dom::element value)
{
    double number = 0;
    if (value.get_double().get(number) != simdjson::SUCCESS)
        return 0;
    // A double beyond qint64's range does not convert (undefined behaviour, found by
    // fuzz_event_log): such a count is as wrong as a string and reads as the default.
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (!(number > -kLimit && number < kLimit))
        return 0;
    return qint64(number);
}

double readDouble(dom::element value)
{
    double number = 0;
    if (value.get_double().get(number) != simdjson::SUCCESS)
        return 0.0;
    return number;
}

bool readBool(dom::element value)
{
    bool flag = false;
    if (value.get_bool().get(flag) != simdjson::SUCCESS)
        return false;
    return flag;
}

template<class Handler> void forEachField(dom::element value, Handler &&handler)
{
    dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return;
    for (const dom::key_value_pair field : object)
        handler(field.key, field.value);
}

template<class Handler> void forEachItem(dom::element value, Handler &&handler)
{
    dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return;
    for (dom::element item : array)
        handler(item);
}

MetricsSnapshot readMetrics(dom::element value)
{
    MetricsSnapshot m;
    forEachField(value, [&](std::string_view key, dom::element v) {
        if (key == "total_processed")
            m.totalProcessed = readInt(v);
        else if (key == "success_count")
            m.successCount = readInt(v);
        else if (key == "failed_count")
            m.failedCount = readInt(v);
        else if (key == "success_rate")
            m.successRate = readDouble(v);
        else if (key == "specimens_per_minute")
            m.specimensPerMinute = readDouble(v);
    });
    return m;
}

TokenUsage readUsage(dom::element value)
{
    TokenUsage usage;
    forEachField(value, [&](std::string_view k, dom::element uv) {
        if (k == "prompt_tokens")
            usage.promptTokens = readInt(uv);
        else if (k == "completion_tokens")
            usage.completionTokens = readInt(uv);
        else if (k == "cost")
            usage.cost = readDouble(uv);
    });
    return usage;
}

SpecimenFinished readFinished(dom::element data)
{
    SpecimenFinished p;
    forEachField(data, [&](std::string_view key, dom::element v) {
        if (key == "specimen_id") {
            p.specimenId = readString(v);
        } else if (key == "sequence") {
            p.sequence = readInt(v);
        } else if (key == "result") {
            forEachField(v, [&](std::string_view k, dom::element rv) {
                if (k == "fields_extracted")
                    p.fieldsExtracted = int(readInt(rv));
            });
        } else if (key == "error") {
            forEachField(v, [&](std::string_view k, dom::element ev) {
                if (k == "kind")
                    p.error.kind = errorKindFromName(readName(ev));
                else if (k == "status")
                    p.error.status = int(readInt(ev));
                else if (k == "message")
                    p.error.message = readString(ev);
            });
        } else if (key == "fatal") {
            p.fatal = readBool(v);
        } else if (key == "fields") {
            dom::array array;
            if (v.get_array().get(array) == simdjson::SUCCESS) {
                for (dom::element item : array) {
                    std::string_view term;
                    if (item.get_string().get(term) == simdjson::SUCCESS)
                        p.filledTerms.append(toQString(term));
                }
            }
        } else if (key == "latency_ms") {
            p.latencyMs = readInt(v);
        } else if (key == "attempts") {
            p.attempts = int(readInt(v));
        } else if (key == "usage") {
            p.usage = readUsage(v);
        } else if (key == "metrics") {
            p.metrics = readMetrics(v);
        } else if (key == "flags") {
            forEachItem(v, [&](dom::element item) {
                FlagNote note;
                forEachField(item, [&](std::string_view k, dom::element fv) {
                    if (k == "flag")
                        note.flag = readString(fv);
                    else if (k == "value")
                        note.value = readString(fv);
                });
                p.flags.append(note);
            });
        } else if (key == "also_flagged") {
            forEachItem(v, [&](dom::element item) { p.alsoFlagged.append(readString(item)); });
        }
    });
    return p;
}

EventPayload readPayload(EventType type, dom::element data)
{
    switch (type) {
    case EventType::SpecimenProcessing: {
        SpecimenProcessing p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "specimen_id")
                p.specimenId = readString(v);
            else if (key == "attempt")
                p.attempt = int(readInt(v));
        });
        return p;
    }
    case EventType::SpecimenCompleted:
    case EventType::SpecimenFailed:
        return readFinished(data);
    case EventType::SpecimenSkipped: {
        SpecimenSkipped p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "specimen_id")
                p.specimenId = readString(v);
            else if (key == "reason")
                p.reason = readString(v);
        });
        return p;
    }
    case EventType::ValidationCheckpoint: {
        ValidationCheckpoint p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "status")
                p.passed = readString(v) == QLatin1String("passed");
            else if (key == "session")
                p.session = int(readInt(v));
            else if (key == "checked")
                p.checked = int(readInt(v));
            else if (key == "success_count")
                p.successCount = int(readInt(v));
            else if (key == "success_rate")
                p.successRate = readDouble(v);
            else if (key == "threshold")
                p.threshold = readDouble(v);
            else if (key == "kind")
                p.controls = readString(v) == QLatin1String("controls");
            else if (key == "fields_compared")
                p.fieldsCompared = int(readInt(v));
            else if (key == "fields_exact")
                p.fieldsExact = int(readInt(v));
        });
        return p;
    }
    case EventType::ValidationControl: {
        ControlScore p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "specimen_id")
                p.specimenId = readString(v);
            else if (key == "session")
                p.session = int(readInt(v));
            else if (key == "recheck")
                p.recheck = readBool(v);
            else if (key == "compared")
                p.compared = int(readInt(v));
            else if (key == "exact")
                p.exact = int(readInt(v));
            else if (key == "usage")
                p.usage = readUsage(v);
        });
        return p;
    }
    case EventType::ValidationAudit: {
        AuditComparison p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "specimen_id")
                p.specimenId = readString(v);
            else if (key == "session")
                p.session = int(readInt(v));
            else if (key == "model")
                p.model = readString(v);
            else if (key == "compared")
                p.compared = int(readInt(v));
            else if (key == "agreed")
                p.agreed = int(readInt(v));
            else if (key == "error")
                p.error = readString(v);
            else if (key == "usage")
                p.usage = readUsage(v);
        });
        return p;
    }
    case EventType::ValidationWarning: {
        ValidationWarning p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "reason")
                p.reason = warningReasonFromName(readName(v));
            else if (key == "message")
                p.message = readString(v);
            else if (key == "window")
                p.window = int(readInt(v));
            else if (key == "success_rate")
                p.successRate = readDouble(v);
            else if (key == "threshold")
                p.threshold = readDouble(v);
            else if (key == "idle_seconds")
                p.idleSeconds = readInt(v);
            else if (key == "wait_seconds")
                p.waitSeconds = readInt(v);
            else if (key == "count")
                p.count = int(readInt(v));
            else if (key == "rate")
                p.rate = readDouble(v);
            else if (key == "evidence")
                forEachItem(v, [&](dom::element item) {
                    WarningEvidence e;
                    forEachField(item, [&](std::string_view k, dom::element ev) {
                        if (k == "specimen_id")
                            e.specimenId = readString(ev);
                        else if (k == "field")
                            e.field = readString(ev);
                        else if (k == "value")
                            e.value = readString(ev);
                    });
                    p.evidence.append(e);
                });
        });
        return p;
    }
    case EventType::ExtractionCompleted: {
        ExtractionCompleted p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "session")
                p.session = int(readInt(v));
            else if (key == "duration_s")
                p.durationSeconds = readDouble(v);
            else if (key == "metrics")
                p.metrics = readMetrics(v);
        });
        return p;
    }
    case EventType::ExtractionFailed: {
        ExtractionFailed p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "reason")
                p.reason = failureReasonFromName(readName(v));
            else if (key == "message")
                p.message = readString(v);
            else if (key == "session")
                p.session = int(readInt(v));
            else if (key == "metrics")
                p.metrics = readMetrics(v);
        });
        return p;
    }
    case EventType::ConsumerFailed: {
        ConsumerFailed p;
        forEachField(data, [&](std::string_view key, dom::element v) {
            if (key == "consumer")
                p.consumer = readString(v);
            else if (key == "message")
                p.message = readString(v);
        });
        return p;
    }
    case EventType::ExtractionStarted:
    case EventType::Other:
        break;
    }
    return OtherEvent {};
}

// extraction.started carries free-form details, and unknown types are kept verbatim: both are
// rare, so they go through QJsonDocument.
bool parseGeneric(QByteArrayView line, EventType type, Event &out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject data = doc.object().value(QLatin1String("data")).toObject();
    if (type == EventType::ExtractionStarted) {
        ExtractionStarted p;
        QJsonObject details = data;
        p.schemaVersion = details.take(QLatin1String("schema_version")).toInt(kEventSchemaVersion);
        p.session = details.take(QLatin1String("session")).toInt(1);
        p.specimenCount = details.take(QLatin1String("specimen_count")).toInteger();
        p.pendingCount = details.take(QLatin1String("pending")).toInteger(p.specimenCount);
        p.details = details;
        out.payload = std::move(p);
    } else {
        OtherEvent p;
        p.type = doc.object().value(QLatin1String("event_type")).toString();
        // Written back with the log's own writer, not QJsonDocument: Qt writes an integral
        // double beyond 2^64 as a bare integer, which simdjson (and so the next read of the
        // log) refuses (found by fuzz_event_log).
        std::string text;
        JsonWriter(text).value(QJsonValue(data));
        p.dataJson = QByteArray::fromStdString(text);
        out.payload = std::move(p);
    }
    return true;
}

} // namespace

struct EventLineParser::Private
{
    dom::parser parser;
    std::string lastRunIdUtf8;
    QString lastRunId;
    std::string padded;
};

EventLineParser::EventLineParser()
    : d(std::make_unique<Private>())
{ }

EventLineParser::~EventLineParser() = default;

bool EventLineParser::parse(QByteArrayView line, Event &out, QString *error)
{
    d->padded.assign(line.data(), size_t(line.size()));
    d->padded.append(simdjson::SIMDJSON_PADDING, '\0');
    return parse(d->padded.data(), size_t(line.size()), d->padded.size(), out, error);
}

bool EventLineParser::parse(const char *line, size_t length, size_t capacity, Event &out,
                            QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto failWith = [&](const char *what, simdjson::error_code code) {
        return fail(QLatin1String(what) + QLatin1String(": ")
                    + QLatin1String(simdjson::error_message(code)));
    };

    Q_UNUSED(capacity); // the caller guarantees SIMDJSON_PADDING readable bytes after the line
    dom::element doc;
    if (auto code = d->parser.parse(line, length, false).get(doc))
        return failWith("not JSON", code);
    dom::object root;
    if (auto code = doc.get_object().get(root))
        return failWith("not a JSON object", code);

    std::string_view typeName;
    if (auto code = root["event_type"].get_string().get(typeName))
        return failWith("no event_type", code);
    std::string_view timestamp;
    if (auto code = root["timestamp"].get_string().get(timestamp))
        return failWith("no timestamp", code);
    std::string_view runId;
    if (auto code = root["run_id"].get_string().get(runId))
        return failWith("no run_id", code);
    int64_t seq = 0;
    if (auto code = root["seq"].get_int64().get(seq))
        return failWith("no seq", code);

    out.type = eventTypeFromName(typeName);
    if (!parseTimestamp(timestamp, out.timestampMs))
        return fail(QStringLiteral("bad timestamp"));
    // Every line of a log carries the same run id: convert it once.
    if (runId != d->lastRunIdUtf8) {
        d->lastRunIdUtf8.assign(runId);
        d->lastRunId = toQString(runId);
    }
    out.runId = d->lastRunId;
    out.seq = seq;

    if (out.type == EventType::ExtractionStarted || out.type == EventType::Other)
        return parseGeneric(QByteArrayView(line, qsizetype(length)), out.type, out, error);

    dom::element data;
    if (auto code = root["data"].get(data))
        return failWith("no data", code);
    out.payload = readPayload(out.type, data);
    return true;
}

} // namespace herb
