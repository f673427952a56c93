#include "EngineCheck.h"

#include "RunChatSettings.h"
#include "extraction/EndpointPreflight.h"
#include "extraction/PreflightResult.h"
#include "extraction/TesseractEngine.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

namespace {

using Level = PreflightFinding::Level;
using Code = PreflightFinding::Code;

} // namespace

EngineCheck::EngineCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<herb::PreflightFinding>();
    qRegisterMetaType<QList<herb::PreflightFinding>>();
}

EngineCheck::~EngineCheck()
{
    // Tesseract's start-up test runs on a pool thread: let it end before its owner goes.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

QList<PreflightFinding> EngineCheck::endpointFindings(const RunConfig &config,
                                                      const PreflightResult &result)
{
    QList<PreflightFinding> findings;
    if (!result.settingsOk)
        return { { Level::Error, Code::Endpoint, result.message } };
    if (!result.reachable)
        return { { Level::Warning, Code::Endpoint,
                   tr("The server did not answer: %1").arg(result.message) } };
    if (!result.keyChecked)
        findings.append({ Level::Warning, Code::ApiKey,
                          tr("The server cannot check the API key; the first specimens of "
                             "the run will.") });
    else if (result.keyOk)
        findings.append({ Level::Ok, Code::ApiKey, tr("The server accepted the API key.") });
    else
        findings.append(
            { Level::Error, Code::ApiKey, tr("The API key was refused: %1").arg(result.message) });
    if (result.keyChecked && !result.keyOk)
        return findings;
    if (!result.modelChecked)
        findings.append({ Level::Warning, Code::Model,
                          tr("The server cannot list its models; the first specimens of the "
                             "run will check %1.")
                              .arg(config.model) });
    else if (result.modelOk)
        findings.append(
            { Level::Ok, Code::Model, tr("The model %1 is available.").arg(config.model) });
    else
        findings.append({ Level::Error, Code::Model,
                          result.suggestedModel.isEmpty()
                              ? tr("The server has no model %1.").arg(config.model)
                              : tr("The server has no model %1; did you mean %2?")
                                    .arg(config.model, result.suggestedModel) });
    return findings;
}

void EngineCheck::start(const RunConfig &config)
{
    const int generation = ++m_generation;
    delete m_endpoint;
    if (config.engine == EngineKind::OpenAi) {
        m_endpoint = new EndpointPreflight(chatClientSettingsFor(config), this);
        connect(m_endpoint, &EndpointPreflight::finished, this,
                [this, config, generation](const PreflightResult &result) {
                    if (generation != m_generation)
                        return;
                    m_endpoint->deleteLater();
                    Q_EMIT finished(endpointFindings(config, result));
                });
        m_endpoint->start();
        return;
    }
    // Starting Tesseract takes a noticeable moment: off the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QString problem = watcher->result();
        Q_EMIT finished({ problem.isEmpty()
                              ? PreflightFinding { Level::Ok, Code::OcrEngine,
                                                   tr("Tesseract starts with its language "
                                                      "data.") }
                              : PreflightFinding { Level::Error, Code::OcrEngine, problem } });
    });
    watcher->setFuture(QtConcurrent::run(&TesseractEngine::readinessError, config.ocrLanguages));
}

} // namespace herb
