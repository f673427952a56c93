#include "setup/SetupCheck.h"

#include "extraction/ChatClientSettings.h"
#include "extraction/EndpointPreflight.h"
#include "extraction/Prompt.h"
#include "extraction/TesseractEngine.h"
#include "run/RunSetup.h"
#include "specimens/ImageDiscovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStorageInfo>
#include <QTemporaryFile>
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

} // namespace

// The run folder is created by the run, not by a check: look at the nearest folder that exists.
void SetupCheck::checkRunFolder(const RunConfig &config, QList<SetupFinding> &findings)
{
    if (config.outFolder.isEmpty()) {
        findings << ok(tr("A new run folder will be made beside the image folder."));
        return;
    }
    const QString native = QDir::toNativeSeparators(config.outFolder);
    QDir existing(config.outFolder);
    if (existing.exists() && !config.resume
        && !existing.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty()) {
        findings << error(tr("The run folder %1 is not empty: choose a new folder, or leave "
                             "the field blank.")
                              .arg(native));
        return;
    }
    while (!existing.exists() && !existing.isRoot())
        existing.setPath(QFileInfo(existing.absolutePath()).absolutePath());
    QTemporaryFile probe(existing.filePath(QStringLiteral(".herbstream-check-XXXXXX")));
    if (!probe.open()) {
        findings << error(tr("Herbstream cannot write in %1.")
                              .arg(QDir::toNativeSeparators(existing.absolutePath())));
        return;
    }
    probe.close();
    const QStorageInfo storage(existing.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < kMinimumFreeBytes) {
        findings << error(tr("Only %1 MB are free for the run folder; at least %2 MB are needed.")
                              .arg(storage.bytesAvailable() / (1024 * 1024))
                              .arg(kMinimumFreeBytes / (1024 * 1024)));
        return;
    }
    findings << ok(tr("The run folder %1 can be written.").arg(native));
}

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
    if (config.engine == QLatin1String("openai")) {
        if (config.promptPath.isEmpty()) {
            findings << ok(tr("The built-in prompt will be used."));
        } else {
            QString problem;
            const auto prompt = Prompt::load(config.promptPath, &problem);
            if (!prompt) {
                findings << error(problem);
            } else {
                findings << ok(
                    tr("The prompt %1 is readable.").arg(QFileInfo(config.promptPath).fileName()));
                for (const QString &text : prompt->warnings())
                    findings << warning(text);
            }
        }
    }

    if (config.imagesFolder.isEmpty()) {
        findings << error(tr("No image folder is chosen."));
    } else {
        QString problem;
        const auto found = discoverImages(config.imagesFolder, &problem);
        if (!found)
            findings << error(problem);
        else if (found->images.isEmpty())
            findings << error(tr("The image folder has no images (jpg, jpeg, png, tif, tiff, "
                                 "webp)."));
        else
            findings << ok(tr("%n image(s) found.", nullptr, int(found->images.size())));
        if (found && !found->unreadableFolders.isEmpty())
            findings << warning(tr("%n folder(s) could not be read; their images are left out.",
                                   nullptr, int(found->unreadableFolders.size())));
    }
    checkRunFolder(config, findings);
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
    m_findings = localFindings(config);

    if (config.engine == QLatin1String("openai")) {
        if (config.apiKey.isEmpty())
            m_findings << warning(tr("No API key is entered."));
        ChatClientSettings settings;
        settings.baseUrl = config.baseUrl;
        settings.model = config.model;
        settings.apiKey = config.apiKey;
        settings.timeoutMs = qMin(config.timeoutSeconds * 1000, 30000);
        settings.allowInsecureRemoteHttp = config.allowInsecureHttp;
        m_preflight = new EndpointPreflight(settings, this);
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
