#include "ChatReplyClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace herb {

namespace {

QString truncated(QString text)
{
    text = text.simplified();
    if (text.size() > ChatReplyClassifier::kMaxMessage)
        text = text.left(ChatReplyClassifier::kMaxMessage - 1) + QChar(0x2026);
    return text;
}

ChatReplyClassifier::Outcome failure(ErrorKind kind, int status, const QString &message,
                                     bool fatal = false)
{
    ChatReplyClassifier::Outcome outcome;
    outcome.disposition = ChatReplyClassifier::Disposition::Fail;
    outcome.error = { kind, status, truncated(message) };
    outcome.fatal = fatal;
    return outcome;
}

ChatReplyClassifier::Outcome retry(ErrorKind kind, int status, const QString &message)
{
    ChatReplyClassifier::Outcome outcome = failure(kind, status, message);
    outcome.disposition = ChatReplyClassifier::Disposition::Retry;
    return outcome;
}

QString textOf(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    // Some servers answer with content parts, as in the request.
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts)
        text += part.toObject().value(QStringLiteral("text")).toString();
    return text;
}

} // namespace

int ChatReplyClassifier::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min(seconds * 1000.0, 24.0 * 3600 * 1000));
    // HTTP dates end in "GMT", which Qt 6.4's RFC 2822 parser does not take.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(now.msecsTo(when), 0, 24LL * 3600 * 1000));
}

bool ChatReplyClassifier::namesUnknownModel(const QString &message)
{
    const QString text = message.toLower();
    if (text.contains(QLatin1String("not a valid model"))
        || text.contains(QLatin1String("model not found"))
        || text.contains(QLatin1String("model_not_found"))
        || text.contains(QLatin1String("no such model"))
        || text.contains(QLatin1String("unknown model"))
        || text.contains(QLatin1String("invalid model"))) {
        return true;
    }
    static const QRegularExpression modelDoesNotExist(
        QStringLiteral("model\\b.*\\b(does not exist|not found|is not available)"));
    return modelDoesNotExist.match(text).hasMatch();
}

bool ChatReplyClassifier::namesModeration(const QString &message)
{
    const QString text = message.toLower();
    return text.contains(QLatin1String("moderation")) || text.contains(QLatin1String("flagged"));
}

QString ChatReplyClassifier::serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue error = root.value(QStringLiteral("error"));
        if (error.isObject()) {
            const QString message = error.toObject().value(QStringLiteral("message")).toString();
            if (!message.isEmpty())
                return truncated(message);
        }
        if (error.isString())
            return truncated(error.toString());
        for (const QString &key : { QStringLiteral("message"), QStringLiteral("detail") }) {
            if (root.value(key).isString())
                return truncated(root.value(key).toString());
        }
        return truncated(QString::fromUtf8(body));
    }
    QString text = QString::fromUtf8(body.left(8192));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(text);
    if (match.hasMatch() && !match.captured(1).trimmed().isEmpty())
        return truncated(match.captured(1));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return truncated(text.remove(tags));
}

ChatReplyClassifier::Outcome ChatReplyClassifier::classify(const Attempt &attempt,
                                                           const QDateTime &now)
{
    if (attempt.cancelled)
        return failure(ErrorKind::Cancelled, 0, QStringLiteral("cancelled"));
    if (attempt.rejectedRedirect.isValid()) {
        return failure(
            ErrorKind::Http, attempt.httpStatus,
            QStringLiteral("the server redirected to another origin (%1); not followed "
                           "so that the API key is not sent there")
                .arg(attempt.rejectedRedirect.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                         .toDisplayString()));
    }
    if (attempt.tooManyRedirects) {
        return failure(ErrorKind::Http, attempt.httpStatus,
                       QStringLiteral("the server keeps redirecting; gave up after several "
                                      "redirects"));
    }
    if (attempt.timedOut && attempt.headersUnreadable) {
        // A network or server fault, not the prompt's: the checkpoint says "server failing".
        return retry(ErrorKind::Network, 0,
                     QStringLiteral("answer headers too large or malformed: the server sent "
                                    "its status line, then headers that could not be read, then "
                                    "nothing more within %1 s")
                         .arg(attempt.timeoutMs / 1000.0, 0, 'g', 3));
    }
    if (attempt.timedOut) {
        return retry(ErrorKind::Timeout, 0,
                     QStringLiteral("no answer from the server within %1 s")
                         .arg(attempt.timeoutMs / 1000.0, 0, 'g', 3));
    }
    if (attempt.httpStatus == 0) {
        return retry(ErrorKind::Network, 0,
                     attempt.transportError.isEmpty() ? QStringLiteral("connection failed")
                                                      : attempt.transportError);
    }
    if (attempt.httpStatus >= 200 && attempt.httpStatus < 300)
        return fromSuccessBody(attempt, now);
    return fromErrorStatus(attempt.httpStatus, serverMessage(attempt.body), attempt, now);
}

ChatReplyClassifier::Outcome ChatReplyClassifier::fromSuccessBody(const Attempt &attempt,
                                                                  const QDateTime &now)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(attempt.body, &parseError);
    if (!document.isObject()) {
        const bool html = attempt.body.trimmed().startsWith('<');
        return failure(ErrorKind::Parse, attempt.httpStatus,
                       (html ? QStringLiteral("the server answered with an HTML page instead of "
                                              "JSON: ")
                             : QStringLiteral("the server's answer is not JSON: "))
                           + serverMessage(attempt.body));
    }
    const QJsonObject root = document.object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    if (!error.isUndefined() && !error.isNull()) {
        // An error delivered with HTTP 200 (OpenRouter does this for upstream failures).
        const QJsonValue code = error.toObject().value(QStringLiteral("code"));
        const int status = code.isDouble() ? code.toInt() : code.toString().toInt();
        const QString message = serverMessage(attempt.body);
        if (status >= 400)
            return fromErrorStatus(status, message, attempt, now);
        return failure(ErrorKind::Http, attempt.httpStatus, message);
    }
    const QJsonObject choice = root.value(QStringLiteral("choices")).toArray().at(0).toObject();
    const QJsonValue content
        = choice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content"));
    Outcome outcome;
    const QJsonObject usage = root.value(QStringLiteral("usage")).toObject();
    outcome.usage.promptTokens = usage.value(QStringLiteral("prompt_tokens")).toInteger();
    outcome.usage.completionTokens = usage.value(QStringLiteral("completion_tokens")).toInteger();
    outcome.usage.cost = usage.value(QStringLiteral("cost")).toDouble();
    if (content.isString() || content.isArray()) {
        outcome.disposition = Disposition::Success;
        outcome.content = textOf(content);
        return outcome;
    }
    Outcome failed;
    if (choice.value(QStringLiteral("finish_reason")).toString()
        == QLatin1String("content_filter")) {
        failed = failure(ErrorKind::Moderation, attempt.httpStatus,
                         QStringLiteral("the answer was withheld by a content filter"));
    } else {
        failed = failure(ErrorKind::Parse, attempt.httpStatus,
                         QStringLiteral("the answer holds no message content"));
    }
    failed.usage = outcome.usage;
    return failed;
}

ChatReplyClassifier::Outcome ChatReplyClassifier::fromErrorStatus(int status,
                                                                  const QString &serverText,
                                                                  const Attempt &attempt,
                                                                  const QDateTime &now)
{
    const QString message = QStringLiteral("HTTP %1: %2").arg(status).arg(serverText);
    if (status == 400 && attempt.sentResponseFormat
        && serverText.contains(QLatin1String("response_format"), Qt::CaseInsensitive)) {
        Outcome outcome = retry(ErrorKind::Http, status, message);
        outcome.responseFormatRejected = true;
        return outcome;
    }
    if (status == 401) {
        return failure(ErrorKind::Http, status,
                       QStringLiteral("the API key was refused (") + message + QLatin1Char(')'),
                       true);
    }
    if (status == 402) {
        return failure(
            ErrorKind::Http, status,
            QStringLiteral("the account has no credit left (") + message + QLatin1Char(')'), true);
    }
    if ((status == 400 || status == 404) && namesUnknownModel(serverText)) {
        return failure(ErrorKind::Http, status,
                       QStringLiteral("the server does not know the model (") + message
                           + QLatin1Char(')'),
                       true);
    }
    if (status == 403 && namesModeration(serverText))
        return failure(ErrorKind::Moderation, status, message);
    if (status == 429) {
        Outcome outcome = retry(ErrorKind::Http, status, message);
        outcome.retryAfterMs = parseRetryAfterMs(attempt.retryAfter, now);
        return outcome;
    }
    if (status == 408 || status >= 500)
        return retry(ErrorKind::Http, status, message);
    return failure(ErrorKind::Http, status, message);
}

} // namespace herb
