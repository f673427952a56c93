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

QFuture<VisionPreparation::Result>
OpenAiCompatibleEngine::startPreparation(const QString &imagePath)
{
    // Hashing, decoding and orientation run on the pool, never on the network's thread.
    return QtConcurrent::run(&m_pool, [this, imagePath] {
        if (!m_preparations.hasLocalData())
            m_preparations.setLocalData(new VisionPreparation(m_orientations.get()));
        return m_preparations.localData()->prepare(imagePath, m_preparer);
    });
}

void OpenAiCompatibleEngine::prepareAhead(const QString &specimenId, const QString &imagePath)
{
    if (m_aborted || m_ahead.contains(specimenId))
        return;
    m_ahead.insert(specimenId, startPreparation(imagePath));
}

void OpenAiCompatibleEngine::submit(const QString &specimenId, const QString &imagePath)
{
    QFuture<VisionPreparation::Result> preparation;
    if (const auto ahead = m_ahead.constFind(specimenId); ahead != m_ahead.cend()) {
        preparation = *ahead;
        m_ahead.erase(ahead);
    } else {
        preparation = startPreparation(imagePath);
    }
    if (preparation.isFinished()) {
        // Prepared ahead: sent at once, without a continuation's round through the event loop.
        // An outcome (an unreadable file, a stopped run) still comes through the event loop,
        // never from inside submit(), as the interface promises.
        const VisionPreparation::Result prepared = preparation.result();
        if (!m_aborted && prepared.error.isEmpty())
            onPrepared(specimenId, prepared);
        else
            QMetaObject::invokeMethod(
                this, [this, specimenId, prepared] { onPrepared(specimenId, prepared); },
                Qt::QueuedConnection);
        return;
    }
    // A preparation that ends between isFinished() and then() runs the continuation inside
    // then(): m_submitting sends that through the event loop too.
    m_submitting = true;
    preparation.then(this, [this, specimenId](const VisionPreparation::Result &prepared) {
        if (m_submitting && (m_aborted || !prepared.error.isEmpty())) {
            QMetaObject::invokeMethod(
                this, [this, specimenId, prepared] { onPrepared(specimenId, prepared); },
                Qt::QueuedConnection);
            return;
        }
        onPrepared(specimenId, prepared);
    });
    m_submitting = false;
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
    // What was prepared ahead is never sent; a preparation not started yet is skipped.
    for (QFuture<VisionPreparation::Result> &ahead : m_ahead)
        ahead.cancel();
    m_ahead.clear();
    m_client->abortAll();
}

} // namespace herb
