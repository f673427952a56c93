#include "setup/SetupCheck.h"

#include "extraction/EndpointPreflight.h"
#include "extraction/TesseractEngine.h"
#include "run/Preflight.h"
#include "run/RunChatSettings.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

namespace {

SetupFinding ok(const QString &text)
{
    return { SetupFinding::Level::Ok, text };
}

SetupFinding warning(const QString &text)
{
    return { SetupFinding::Level::Warning, text };
}

SetupFinding error(const QString &text)
{
    return { SetupFinding::Level::Error, text };
}

SetupFinding::Level levelOf(PreflightFinding::Level level)
{
    switch (level) {
    case PreflightFinding::Level::Ok:
        return SetupFinding::Level::Ok;
    case PreflightFinding::Level::Warning:
        return SetupFinding::Level::Warning;
    case PreflightFinding::Level::Error:
        break;
    }
    return SetupFinding::Level::Error;
}

} // namespace

SetupCheck::SetupCheck(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<herb::SetupFinding>();
    qRegisterMetaType<QList<herb::SetupFinding>>();
}

SetupCheck::~SetupCheck()
{
    // The Tesseract start-up test runs on a pool thread: let it end before its owner goes.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

bool SetupCheck::hasErrors() const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [](const SetupFinding &finding) {
        return finding.level == SetupFinding::Level::Error;
    });
}

QList<SetupFinding> SetupCheck::localFindings(const RunConfig &config)
{
    QList<SetupFinding> findings;
    for (const PreflightFinding &finding :
         LocalPreflight::run(config, LocalPreflight::Mode::Check).findings) {
        QString text = finding.text;
        if (finding.code == PreflightFinding::Code::RunFolderNotEmpty)
            text += QLatin1Char(' ') + tr("Choose a new folder, or leave the field blank.");
        findings.append({ levelOf(finding.level), text });
    }
    return findings;
}

QList<SetupFinding> SetupCheck::endpointFindings(const RunConfig &config,
                                                 const PreflightResult &result)
{
    QList<SetupFinding> findings;
    if (!result.settingsOk)
        return { error(result.message) };
    if (!result.reachable)
        return { warning(tr("The server did not answer: %1").arg(result.message)) };
    if (!result.keyChecked)
        findings << warning(tr("The server cannot check the API key; the first specimens of "
                               "the run will."));
    else if (result.keyOk)
        findings << ok(tr("The server accepted the API key."));
    else
        findings << error(tr("The API key was refused: %1").arg(result.message));
    if (result.keyChecked && !result.keyOk)
        return findings;
    if (!result.modelChecked)
        findings << warning(tr("The server cannot list its models; the first specimens of the "
                               "run will check %1.")
                                .arg(config.model));
    else if (result.modelOk)
        findings << ok(tr("The model %1 is available.").arg(config.model));
    else
        findings << error(result.suggestedModel.isEmpty()
                              ? tr("The server has no model %1.").arg(config.model)
                              : tr("The server has no model %1; did you mean %2?")
                                    .arg(config.model, result.suggestedModel));
    return findings;
}

void SetupCheck::start(const RunConfig &config)
{
    const int generation = ++m_generation;
    delete m_preflight;
    m_running = true;
    m_findings.clear();
    // The local half lists the image folder (which may hold 100,000 images) and reads the
    // prompt: off the GUI thread, like the rest.
    auto *local = new QFutureWatcher<QList<SetupFinding>>(this);
    connect(local, &QFutureWatcherBase::finished, this, [this, local, config, generation] {
        local->deleteLater();
        if (generation != m_generation)
            return;
        m_findings = local->result();
        checkEngine(config, generation);
    });
    local->setFuture(QtConcurrent::run(&SetupCheck::localFindings, config));
}

void SetupCheck::checkEngine(const RunConfig &config, int generation)
{
    if (config.engine == EngineKind::OpenAi) {
        if (config.apiKey.isEmpty())
            m_findings << warning(tr("No API key is entered."));
        m_preflight = new EndpointPreflight(chatClientSettingsFor(config), this);
        connect(m_preflight, &EndpointPreflight::finished, this,
                [this, config, generation](const PreflightResult &result) {
                    if (generation != m_generation)
                        return;
                    m_preflight->deleteLater();
                    m_findings << endpointFindings(config, result);
                    finish();
                });
        m_preflight->start();
        return;
    }

    // Starting Tesseract takes a noticeable moment: off the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QString problem = watcher->result();
        if (problem.isEmpty())
            m_findings << ok(tr("Tesseract starts with its language data."));
        else
            m_findings << error(problem);
        finish();
    });
    watcher->setFuture(QtConcurrent::run(&TesseractEngine::readinessError, config.ocrLanguages));
}

void SetupCheck::finish()
{
    m_running = false;
    Q_EMIT finished(m_findings);
}

} // namespace herb
