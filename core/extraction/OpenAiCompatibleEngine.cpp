#include "OpenAiCompatibleEngine.h"

#include "ChatCompletionClient.h"
#include "specimens/Sha256.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

namespace {
QJsonObject describe(const PreparedImage &image)
{
    return QJsonObject {
        { QStringLiteral("stored_size"),
          QStringLiteral("%1x%2").arg(image.storedSize.width()).arg(image.storedSize.height()) },
        { QStringLiteral("sent_size"),
          QStringLiteral("%1x%2").arg(image.size.width()).arg(image.size.height()) },
        { QStringLiteral("exif_orientation"), image.orientation },
        { QStringLiteral("rotation"), image.extraRotation },
        { QStringLiteral("format"), QString::fromLatin1(image.format) },
        { QStringLiteral("jpeg_bytes"), image.jpeg.size() },
    };
}
} // namespace

OpenAiCompatibleEngine::OpenAiCompatibleEngine(const ChatClientSettings &settings,
                                               const Prompt &prompt,
                                               ImagePreparationOptions preparation,
                                               int minCoreFields, int workers, QObject *parent)
    : Engine(parent)
    , m_client(new ChatCompletionClient(settings, this))
    , m_prompt(prompt)
    , m_preparer(preparation)
    , m_parser(minCoreFields)
{
    qRegisterMetaType<herb::EngineOutcome>();
    m_pool.setMaxThreadCount(qMax(1, workers));
    connect(m_client, &ChatCompletionClient::finished, this, &OpenAiCompatibleEngine::onAnswer);
}

OpenAiCompatibleEngine::~OpenAiCompatibleEngine()
{
    m_aborted = true;
    m_pool.waitForDone();
}

QString OpenAiCompatibleEngine::model() const
{
    return m_client->settings().model;
}

void OpenAiCompatibleEngine::submit(const QString &specimenId, const QString &imagePath)
{
    // Hashing and decoding run on the pool, never on the thread that talks to the network.
    const ImagePreparer preparer = m_preparer;
    QtConcurrent::run(&m_pool, [preparer, imagePath] {
        Prepared prepared;
        QString error;
        if (const auto sha = sha256OfFile(imagePath, &error))
            prepared.sha256 = QString::fromLatin1(*sha);
        ImagePreparation result = preparer.prepare(imagePath);
        if (auto *image = std::get_if<PreparedImage>(&result))
            prepared.image = std::move(*image);
        else
            prepared.error = std::get<ImagePreparationError>(result).message;
        if (prepared.sha256.isEmpty() && prepared.error.isEmpty())
            prepared.error = error;
        return prepared;
    }).then(this, [this, specimenId](const Prepared &prepared) {
        onPrepared(specimenId, prepared);
    });
}

void OpenAiCompatibleEngine::onPrepared(const QString &specimenId, const Prepared &prepared)
{
    EngineOutcome outcome;
    outcome.sha256 = prepared.sha256;
    if (m_aborted) {
        outcome.error = { ErrorKind::Cancelled, 0,
                          QStringLiteral("the run stopped before this image was sent") };
        Q_EMIT finished(specimenId, outcome);
        return;
    }
    if (!prepared.error.isEmpty()) {
        outcome.error = { ErrorKind::Image, 0, prepared.error };
        Q_EMIT finished(specimenId, outcome);
        return;
    }
    outcome.preparation = describe(prepared.image);
    m_pending.insert(specimenId, outcome);
    m_client->extract(specimenId, m_prompt.system(), m_prompt.user(), prepared.image.jpeg);
}

void OpenAiCompatibleEngine::onAnswer(const QString &specimenId, const ChatResult &result)
{
    EngineOutcome outcome = m_pending.take(specimenId);
    outcome.attempts = result.attempts;
    outcome.latencyMs = result.latencyMs;
    outcome.usage = result.usage;
    outcome.rawResponse = ModelOutputParser::truncateForStorage(
        result.ok ? result.content : QString::fromUtf8(result.rawBody));
    if (!result.ok) {
        outcome.error = result.error;
        outcome.fatal = result.fatal;
        Q_EMIT finished(specimenId, outcome);
        return;
    }
    const ParsedModelOutput parsed = m_parser.parse(result.content);
    outcome.record = parsed.record;
    outcome.success = parsed.ok;
    if (!parsed.ok)
        outcome.error = { parsed.errorKind, 0, parsed.errorMessage };
    Q_EMIT finished(specimenId, outcome);
}

void OpenAiCompatibleEngine::abortAll()
{
    m_aborted = true;
    m_client->abortAll();
}

} // namespace herb
