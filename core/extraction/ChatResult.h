#pragma once

#include "events/Event.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace herb {

// The outcome of one ChatCompletionClient::extract, after every retry.
struct ChatResult
{
    bool ok = false;
    QString content; // the assistant message text, unparsed
    TokenUsage usage;
    int attempts = 0; // requests sent, the first included
    qint64 latencyMs = 0; // from extract() to the outcome, retry waits included
    SpecimenError error; // kind is one of ErrorKind: http, timeout, network, parse,
                         // moderation, cancelled; message never holds the API key
    bool fatal = false; // the run cannot go on: bad key (401), no credit (402), unknown model
    QByteArray rawBody; // the last response body, truncated to kMaxRawBody, key scrubbed

    static constexpr qsizetype kMaxRawBody = 64 * 1024;
};

} // namespace herb

Q_DECLARE_METATYPE(herb::ChatResult)
