#pragma once

#include "events/Event.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace herb {

// What one finished HTTP attempt means for the specimen. Kept apart from the client so the
// rules (which errors are fatal, which are retried, what an error inside a 200 is) read in
// one place and can be tested without a network.
class ChatReplyClassifier
{
public:
    struct Attempt
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived
        QString transportError; // Qt's text when no HTTP answer arrived
        bool timedOut = false;
        bool cancelled = false;
        QUrl rejectedRedirect; // set when a redirect to another origin was refused
        bool tooManyRedirects = false;
        QByteArray body;
        QByteArray retryAfter; // the Retry-After header
        bool sentResponseFormat = false;
        int timeoutMs = 0;
        bool headersUnreadable = false; // a status line, then no header Qt could read
    };

    enum class Disposition
    {
        Success,
        Retry,
        Fail
    };

    struct Outcome
    {
        Disposition disposition = Disposition::Fail;
        QString content;
        TokenUsage usage;
        SpecimenError error;
        bool fatal = false;
        int retryAfterMs = -1; // from Retry-After; -1 when the backoff decides
        bool responseFormatRejected = false; // retry at once without response_format
    };

    static Outcome classify(const Attempt &attempt, const QDateTime &now);

    // Seconds or an HTTP date; -1 when absent or unreadable.
    static int parseRetryAfterMs(const QByteArray &value, const QDateTime &now);
    static bool namesUnknownModel(const QString &message);
    static bool namesModeration(const QString &message);
    // The server's own words: error.message of a JSON body, or the title or text of a page.
    static QString serverMessage(const QByteArray &body);

    static constexpr qsizetype kMaxMessage = 400;

private:
    static Outcome fromSuccessBody(const Attempt &attempt, const QDateTime &now);
    static Outcome fromErrorStatus(int status, const QString &serverText, const Attempt &attempt,
                                   const QDateTime &now);
};

} // namespace herb
