#include "setup/SetupCheck.h"

#include "run/EngineCheck.h"
#include "run/Preflight.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

namespace {

SetupFinding warning(const QString &text)
{
    return { SetupFinding::Level::Warning, text };
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
    , m_engineCheck(new EngineCheck(this))
{
    qRegisterMetaType<herb::SetupFinding>();
    qRegisterMetaType<QList<herb::SetupFinding>>();
}

SetupCheck::~SetupCheck()
{
    // The local half runs on a pool thread: stop its listing, and let it end before its owner
    // goes (at once: it stops within 1,024 entries of the folder it lists).
    if (m_stopListing)
        m_stopListing->store(true);
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

bool SetupCheck::hasErrors() const
{
    return std::any_of(m_findings.cbegin(), m_findings.cend(), [](const SetupFinding &finding) {
        return finding.level == SetupFinding::Level::Error;
    });
}

QList<SetupFinding> SetupCheck::localFindings(const RunConfig &config,
                                              const std::function<bool()> &keepListing)
{
    QList<SetupFinding> findings;
    for (const PreflightFinding &finding :
         LocalPreflight::run(config, LocalPreflight::Mode::Check, keepListing).findings) {
        QString text = finding.text;
        if (finding.code == PreflightFinding::Code::RunFolderNotEmpty)
            text += QLatin1Char(' ') + tr("Choose a new folder, or leave the field blank.");
        findings.append({ levelOf(finding.level), text });
    }
    return findings;
}

void SetupCheck::start(const RunConfig &config)
{
    const int generation = ++m_generation;
    m_engineCheck->disconnect(this);
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
    if (m_stopListing)
        m_stopListing->store(true); // the previous check's answer would be disowned anyway
    m_stopListing = std::make_shared<std::atomic<bool>>(false);
    local->setFuture(QtConcurrent::run([config, stop = m_stopListing] {
        return localFindings(config, [stop] { return !stop->load(); });
    }));
}

void SetupCheck::checkEngine(const RunConfig &config, int generation)
{
    if (config.engine == EngineKind::OpenAi && config.apiKey.isEmpty())
        m_findings << warning(tr("No API key is entered."));
    connect(m_engineCheck, &EngineCheck::finished, this,
            [this, generation](const QList<PreflightFinding> &findings) {
                m_engineCheck->disconnect(this);
                if (generation != m_generation)
                    return;
                for (const PreflightFinding &finding : findings)
                    m_findings.append({ levelOf(finding.level), finding.text });
                finish();
            });
    m_engineCheck->start(config);
}

void SetupCheck::finish()
{
    m_running = false;
    Q_EMIT finished(m_findings);
}

} // namespace herb
