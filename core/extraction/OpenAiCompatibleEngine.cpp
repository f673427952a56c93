#include "OpenAiCompatibleEngine.h"

#include "ChatCompletionClient.h"

#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

OpenAiCompatibleEngine::OpenAiCompatibleEngine(const ChatClientSettings &settings,
                                               const Prompt &prompt,
                                               ImagePreparationOptions preparation,
                                               int minCoreFields, int workers, QObject *parent)
    : Engine(parent)
    , m_client(new ChatCompletionClient(settings, this))
    , m_prompt(prompt)
    , m_preparer(preparation)
    , m_parser(minCoreFields)
    , m_orientations(std::make_unique<OrientationCache>())
{
    qRegisterMetaType<herb::EngineOutcome>();
    m_pool.setMaxThreadCount(qMax(1, workers));
    m_pool.setExpiryTimeout(-1); // keep the threads, and so their Tesseract instances
    connect(m_client, &ChatCompletionClient::finished, this, &OpenAiCompatibleEngine::onAnswer);
    connect(m_client, &ChatCompletionClient::waiting, this, &Engine::waiting);
}

OpenAiCompatibleEngine::~OpenAiCompatibleEngine()
{
    m_aborted = true;
    m_pool.clear();
    m_pool.waitForDone();
}

QString OpenAiCompatibleEngine::model() const
{
    return m_client->settings().model;
}

void OpenAiCompatibleEngine::useOrientationCache(const QString &path)
{
    m_orientations = std::make_unique<OrientationCache>(path);
}

void OpenAiCompatibleEngine::submit(const QString &specimenId, const QString &imagePath)
{
    // Hashing, decoding and orientation run on the pool, never on the network's thread.
    QtConcurrent::run(&m_pool, [this, imagePath] {
        if (!m_preparations.hasLocalData())
            m_preparations.setLocalData(new VisionPreparation(m_orientations.get()));
        return m_preparations.localData()->prepare(imagePath, m_preparer);
    }).then(this, [this, specimenId](const VisionPreparation::Result &prepared) {
        onPrepared(specimenId, prepared);
    });
}

void OpenAiCompatibleEngine::onPrepared(const QString &specimenId,
                                        const VisionPreparation::Result &prepared)
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
    outcome.preparation = prepared.describe();
    m_pending.insert(specimenId, outcome);
    m_barcodes.insert(specimenId, prepared.barcodes);
    m_client->extract(specimenId, m_prompt.system(), m_prompt.user(), prepared.image.jpeg);
}

void OpenAiCompatibleEngine::onAnswer(const QString &specimenId, const ChatResult &result)
{
    EngineOutcome outcome = m_pending.take(specimenId);
    const QStringList barcodes = m_barcodes.take(specimenId);
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
    if (!barcodes.isEmpty()) {
        // The barcode is read exactly: a model that disagrees with it is flagged, not silenced.
        outcome.record.extra.insert(QStringLiteral("barcodes"),
                                    QJsonArray::fromStringList(barcodes));
        const QString modelNumber = outcome.record.dwc.value(QStringLiteral("catalogNumber"));
        if (!modelNumber.isEmpty() && !barcodes.contains(modelNumber.trimmed()))
            outcome.record.extra.insert(QStringLiteral("catalogNumber_barcode_mismatch"), true);
    }
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
