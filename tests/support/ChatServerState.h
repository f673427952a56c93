#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QStringList>

#include <functional>

#include <utility>

namespace herb::test {

// How ChatTestServer answers one POST /v1/chat/completions.
enum class ChatMode
{
    GoodRecord, // a DwC record as JSON content, with usage
    Prose, // the model ignored the prompt and described the image
    EmptyObject, // content "{}"
    FencedJson, // the record inside ```json fences with prose around it
    NestedJson, // per-field {"value":..,"confidence":..} objects
    RateLimited, // 429 with Retry-After
    InternalError, // 500
    BadGateway, // 502 JSON
    Unavailable, // 503
    DropConnection, // close the socket without answering
    Stall, // never answer
    HtmlOk, // an HTML page with 200
    HtmlBadGateway, // an HTML page with 502
    ErrorInOk, // 200 with {"error":{...}}
    RedirectOtherOrigin, // 307 to the second listener (another port)
    RedirectSameOrigin, // 307 to /v1/chat/completions-moved on this listener
    Unauthorized, // 401
    PaymentRequired, // 402
    Moderation, // 403 flagged by moderation
    InvalidModel, // 400 "x is not a valid model ID"
    ModelNotFound, // 404 model not found
    RejectResponseFormat, // 400 naming response_format when the request has one, else good
    Trickle, // a good record, one byte every trickleIntervalMs: never idle, never done
};

// How GET /v1/models answers.
enum class ModelsListing
{
    Json, // {"object":"list","data":[{"id":..},..]}
    NotFound, // 404, as servers that cannot list models
    Html, // 200 with an HTML page
};

struct RecordedRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body; // empty when the server was told not to keep bodies
    qint64 bodySize = 0;
    bool chunked = false;
    bool hasImage = false; // a chat completion with a data:image/... URL
    bool hasResponseFormat = false;
    bool onRedirectTarget = false; // arrived at the second listener
    qint64 receivedMs = 0; // on the server's clock, when the request was complete

    QByteArray header(const QByteArray &lowerName) const;
    bool hasHeader(const QByteArray &lowerName) const;
};

struct ChatServerConfig
{
    QByteArray apiKey;
    QStringList models;
    ChatMode defaultMode = ChatMode::GoodRecord;
    QList<ChatMode> script; // consumed first, one per chat completion
    int latencyMs = 0;
    int latencyJitterMs = 0; // each answer waits latencyMs plus 0..latencyJitterMs, uniformly
    int trickleIntervalMs = 200;
    QByteArray retryAfter = "1";
    QByteArray recordContent; // the GoodRecord content
    // The default record's catalogue and collector numbers follow the image (the same image,
    // the same numbers), as a model reading the sheet would give: a constant record for every
    // sheet is a failure the trust checks stop. Off once a test sets its own content.
    bool numbersPerImage = true;
    // Answers by the order of chat completions (one per request, the first is 0), before the
    // script and the mode: what a model that goes wrong partway does. Empty: none.
    std::function<QByteArray(int index, const QByteArray &imageDigest)> recordFor;
    // The same, by the model the request names too (a run's audit model answers otherwise):
    // consulted before recordFor.
    std::function<QByteArray(const QByteArray &model, int index, const QByteArray &imageDigest)>
        recordForModel;
    int chatIndex = 0;
    ModelsListing modelsListing = ModelsListing::Json;
    bool recordBodies = true; // off for long runs: base64 images add up
    bool keepRequests = true; // off for very long runs: only the counts are kept
};

// Shared by the test thread and the server thread; every member is guarded by mutex.
struct ChatServerState
{
    mutable QMutex mutex;
    ChatServerConfig config;
    QList<RecordedRequest> requests;
    int chatCompletions = 0; // at the main listener, kept or not
    int inFlight = 0;
    int maxInFlight = 0;
    QElapsedTimer clock;
};

} // namespace herb::test

Q_DECLARE_METATYPE(herb::test::ChatMode)
Q_DECLARE_METATYPE(herb::test::ModelsListing)
