#include "ChatServerReplies.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herb::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

const QByteArray kHtmlPage = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                             "<body><center><h1>502 Bad Gateway</h1></center><hr>"
                             "<center>nginx</center></body></html>\n";

} // namespace

QByteArray ChatServerReplies::defaultRecordContent()
{
    return QByteArrayLiteral(
        R"({"catalogNumber":"E00412345","scientificName":"Quercus robur L.",)"
        R"("eventDate":"1921-06-14","recordedBy":"G. Forrest","recordNumber":"20117",)"
        R"("locality":"Lichiang Range, western slopes","habitat":"open pine forest",)"
        R"("country":"China","stateProvince":"Yunnan"})");
}

QByteArray ChatServerReplies::imageDigest(const RecordedRequest &request)
{
    const qsizetype start = request.body.indexOf("data:image/");
    if (start < 0)
        return {};
    const qsizetype end = request.body.indexOf('"', start);
    return QCryptographicHash::hash(request.body.mid(start, end < 0 ? -1 : end - start),
                                    QCryptographicHash::Sha1)
        .toHex();
}

QByteArray ChatServerReplies::recordContent(const RecordedRequest &request,
                                            const ChatServerConfig &config)
{
    QByteArray content
        = config.recordContent.isEmpty() ? defaultRecordContent() : config.recordContent;
    const QByteArray digest = imageDigest(request);
    if (config.recordForModel) {
        const QByteArray scripted
            = config.recordForModel(requestedModel(request), config.chatIndex, digest);
        if (!scripted.isEmpty())
            return scripted;
    }
    if (config.recordFor) {
        const QByteArray scripted = config.recordFor(config.chatIndex, digest);
        return scripted.isEmpty() ? content : scripted;
    }
    if (config.numbersPerImage && !digest.isEmpty()) {
        const qulonglong number = digest.left(12).toULongLong(nullptr, 16);
        const QByteArray catalog
            = "E" + QByteArray::number(number % 100000000).rightJustified(8, '0');
        const QByteArray collectorNumber
            = "\"" + QByteArray::number(1 + (number >> 20) % 99999) + "\"";
        content.replace("E00412345", catalog);
        content.replace("\"20117\"", collectorNumber);
    }
    return content;
}

QByteArray ChatServerReplies::httpResponse(int status, const QByteArray &contentType,
                                           const QByteArray &body,
                                           const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n";
    for (const auto &[name, value] : extra)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + body;
    return out;
}

QByteArray ChatServerReplies::json(int status, const QByteArray &body,
                                   const QList<std::pair<QByteArray, QByteArray>> &extra)
{
    return httpResponse(status, "application/json", body, extra);
}

QByteArray ChatServerReplies::errorBody(const QString &message, const QJsonValue &code)
{
    QJsonObject error { { QStringLiteral("message"), message }, { QStringLiteral("code"), code } };
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), error } })
        .toJson(QJsonDocument::Compact);
}

QByteArray ChatServerReplies::completionBody(const QByteArray &model, const QString &content)
{
    const QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
                                { QStringLiteral("content"), content } };
    const QJsonObject choice { { QStringLiteral("index"), 0 },
                               { QStringLiteral("message"), message },
                               { QStringLiteral("finish_reason"), QStringLiteral("stop") } };
    const QJsonObject usage { { QStringLiteral("prompt_tokens"), 1234 },
                              { QStringLiteral("completion_tokens"), 56 },
                              { QStringLiteral("total_tokens"), 1290 } };
    const QJsonObject root { { QStringLiteral("id"), QStringLiteral("chatcmpl-herbtest") },
                             { QStringLiteral("object"), QStringLiteral("chat.completion") },
                             { QStringLiteral("created"), 1795000000 },
                             { QStringLiteral("model"), QString::fromUtf8(model) },
                             { QStringLiteral("choices"), QJsonArray { choice } },
                             { QStringLiteral("usage"), usage } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray ChatServerReplies::requestedModel(const RecordedRequest &request)
{
    const QJsonObject root = QJsonDocument::fromJson(request.body).object();
    return root.value(QStringLiteral("model")).toString().toUtf8();
}

ServerAction ChatServerReplies::forRedirectTarget(const RecordedRequest &request,
                                                  const ChatServerConfig &config)
{
    const QByteArray content
        = config.recordContent.isEmpty() ? defaultRecordContent() : config.recordContent;
    return { ServerAction::Kind::Respond,
             json(200, completionBody(requestedModel(request), QString::fromUtf8(content))) };
}

ServerAction ChatServerReplies::forRequest(const RecordedRequest &request,
                                           const ChatServerConfig &config, ChatMode mode,
                                           quint16 ownPort, quint16 redirectPort)
{
    using Kind = ServerAction::Kind;
    if (request.header("authorization") != "Bearer " + config.apiKey) {
        // Echoes what was presented, as some servers do: clients must scrub their key
        // from error messages rather than trust servers not to repeat it.
        const QByteArray presented = request.header("authorization").mid(7);
        return { Kind::Respond,
                 json(401,
                      errorBody(QStringLiteral("Incorrect API key provided: ")
                                    + QString::fromUtf8(presented),
                                401)) };
    }
    const QByteArray path = request.path.left(
        request.path.indexOf('?') < 0 ? request.path.size() : request.path.indexOf('?'));
    if (request.method == "GET" && path == "/v1/models") {
        if (config.modelsListing == ModelsListing::NotFound)
            return { Kind::Respond, json(404, errorBody(QStringLiteral("Not Found"), 404)) };
        if (config.modelsListing == ModelsListing::Html)
            return { Kind::Respond, httpResponse(200, "text/html", kHtmlPage) };
        QJsonArray data;
        for (const QString &id : config.models) {
            data.append(QJsonObject { { QStringLiteral("id"), id },
                                      { QStringLiteral("object"), QStringLiteral("model") } });
        }
        const QJsonObject root { { QStringLiteral("object"), QStringLiteral("list") },
                                 { QStringLiteral("data"), data } };
        return { Kind::Respond, json(200, QJsonDocument(root).toJson(QJsonDocument::Compact)) };
    }
    if (request.method == "GET" && path == "/v1/key") {
        return { Kind::Respond,
                 json(200,
                      R"({"data":{"label":"herbstream-test","usage":0.25,"limit":null,)"
                      R"("is_free_tier":false}})") };
    }
    if (request.method == "POST"
        && (path == "/v1/chat/completions" || path == "/v1/chat/completions-moved")) {
        return chatCompletion(request, config, mode, ownPort, redirectPort);
    }
    return { Kind::Respond, json(404, errorBody(QStringLiteral("no such endpoint"), 404)) };
}

ServerAction ChatServerReplies::chatCompletion(const RecordedRequest &request,
                                               const ChatServerConfig &config, ChatMode mode,
                                               quint16 ownPort, quint16 redirectPort)
{
    using Kind = ServerAction::Kind;
    const QByteArray model = requestedModel(request);
    const QString record = QString::fromUtf8(recordContent(request, config));
    auto answer = [&](const QString &content) {
        return ServerAction { Kind::Respond, json(200, completionBody(model, content)) };
    };
    auto error = [&](int status, const QString &message) {
        return ServerAction { Kind::Respond, json(status, errorBody(message, status)) };
    };
    switch (mode) {
    case ChatMode::GoodRecord:
        return answer(record);
    case ChatMode::Prose:
        return answer(QStringLiteral(
            "I'm sorry, I can only describe the image: it shows a pressed plant mounted on a "
            "white sheet with a printed label in the lower right corner."));
    case ChatMode::EmptyObject:
        return answer(QStringLiteral("{}"));
    case ChatMode::FencedJson:
        return answer(QStringLiteral("Here is the record you asked for:\n```json\n") + record
                      + QStringLiteral("\n```\nLet me know if you need anything else."));
    case ChatMode::NestedJson:
        return answer(
            QStringLiteral(R"({"catalogNumber":{"value":"E00412345","confidence":0.98},)"
                           R"("scientificName":{"value":"Quercus robur L.","confidence":0.91},)"
                           R"("eventDate":{"value":"1921-06-14","confidence":0.8},)"
                           R"("recordedBy":{"value":"G. Forrest","confidence":0.85}})"));
    case ChatMode::RateLimited:
        return { Kind::Respond,
                 json(429, errorBody(QStringLiteral("Rate limit exceeded"), 429),
                      { { "Retry-After", config.retryAfter } }) };
    case ChatMode::InternalError:
        return error(500, QStringLiteral("Internal server error"));
    case ChatMode::BadGateway:
        return error(502, QStringLiteral("Upstream provider returned an error"));
    case ChatMode::Unavailable:
        return error(503, QStringLiteral("Service temporarily unavailable"));
    case ChatMode::DropConnection:
        return { Kind::Drop, {} };
    case ChatMode::Stall:
        return { Kind::Stall, {} };
    case ChatMode::Trickle: {
        ServerAction good = answer(record);
        good.kind = Kind::Trickle;
        return good;
    }
    case ChatMode::HtmlOk:
        return { Kind::Respond, httpResponse(200, "text/html", kHtmlPage) };
    case ChatMode::HtmlBadGateway:
        return { Kind::Respond, httpResponse(502, "text/html", kHtmlPage) };
    case ChatMode::ErrorInOk:
        return { Kind::Respond,
                 json(200, errorBody(QStringLiteral("Provider returned error"), 502)) };
    case ChatMode::RedirectOtherOrigin:
        return { Kind::Respond,
                 json(307, "{}",
                      { { "Location",
                          "http://127.0.0.1:" + QByteArray::number(redirectPort)
                              + "/v1/chat/completions" } }) };
    case ChatMode::RedirectSameOrigin:
        return { Kind::Respond,
                 json(307, "{}",
                      { { "Location",
                          "http://127.0.0.1:" + QByteArray::number(ownPort)
                              + "/v1/chat/completions-moved" } }) };
    case ChatMode::Unauthorized:
        return error(401, QStringLiteral("User not found."));
    case ChatMode::PaymentRequired:
        return error(402, QStringLiteral("Insufficient credits. Add more using the dashboard."));
    case ChatMode::Moderation:
        return { Kind::Respond,
                 json(403,
                      R"({"error":{"message":"Input was flagged by moderation","code":403,)"
                      R"("metadata":{"reasons":["violence"],"flagged_input":"..."}}})") };
    case ChatMode::InvalidModel:
        return error(400, QString::fromUtf8(model) + QStringLiteral(" is not a valid model ID"));
    case ChatMode::ModelNotFound:
        return error(404,
                     QStringLiteral("The model `") + QString::fromUtf8(model)
                         + QStringLiteral("` does not exist: model not found"));
    case ChatMode::RejectResponseFormat:
        if (request.hasResponseFormat) {
            return error(400,
                         QStringLiteral("Invalid parameter: 'response_format' of type "
                                        "'json_object' is not supported with this model."));
        }
        return answer(record);
    }
    return answer(record);
}

} // namespace herb::test
