#include "RunController.h"

#include "EventPipeline.h"
#include "RecordStore.h"
#include "RunChatSettings.h"
#include "events/RunId.h"
#include "extraction/EndpointPreflight.h"
#include "extraction/Engine.h"
#include "herbstream_version.h"
#include "specimens/Sha256.h"

#include <QDir>
#include <QJsonArray>

namespace herb {

namespace {
int exitCodeFor(const QString &reason, int interruptCode)
{
    if (reason == FailureReason::EarlyValidationFailed)
        return 3;
    if (reason == FailureReason::FatalError || reason == FailureReason::PreflightFailed)
        return 4;
    if (reason == FailureReason::Interrupted)
        return interruptCode;
    return 1;
}
} // namespace

RunController::RunController(RunConfig config, QObject *parent)
    : RunController(std::move(config), &makeEngine, parent)
{ }

RunController::RunController(RunConfig config, EngineFactory engineFactory, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_engineFactory(std::move(engineFactory))
{
    qRegisterMetaType<herb::EventBatch>();
    qRegisterMetaType<herb::EngineOutcome>();
}

RunController::~RunController()
{
    m_engine.reset();
    if (m_pipeline)
        m_pipeline->close();
}

void RunController::start()
{
    m_startedMs = currentTimeMs();
    auto setup = prepareRun(m_config);
    if (auto *error = std::get_if<RunSetupError>(&setup)) {
        failEarly(error->message, error->exitCode);
        return;
    }
    startSession(std::get<RunSetup>(std::move(setup)));
}

void RunController::failEarly(const QString &message, int exitCode)
{
    m_exitCode = exitCode;
    m_finished = true;
    Q_EMIT notice(message);
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_exitCode); }, Qt::QueuedConnection);
}

void RunController::startSession(RunSetup setup)
{
    m_setup = std::move(setup);
    for (const QString &warning : m_setup->warnings) {
        // Warnings about the prompt matter only to engines that send it.
        if (usesPrompt() || !m_setup->prompt.warnings().contains(warning))
            Q_EMIT notice(tr("Warning: %1").arg(warning));
    }

    EventPipeline::Options options;
    options.runFolder = m_config.outFolder;
    options.newRunId = makeRunId(m_startedMs);
    options.validation = m_config.validation;
    QString error;
    m_pipeline = EventPipeline::open(options, &error);
    if (!m_pipeline) {
        failEarly(error, 4);
        return;
    }
    m_records = RecordStore::open(
        QDir(m_config.outFolder).filePath(QStringLiteral("records.jsonl")), &error);
    if (!m_records) {
        failEarly(error, 1);
        return;
    }
    m_session = m_pipeline->nextSession();
    EventBus &bus = m_pipeline->bus();
    bus.setHaltHandler([this](const HaltRequest &halt) {
        recordHalt(halt);
        QMetaObject::invokeMethod(this, &RunController::onHalt, Qt::QueuedConnection);
    });
    connect(&bus, &EventBus::eventsDelivered, this, &RunController::onEvents);
    m_pipeline->start();
    connect(&m_recordSync, &QTimer::timeout, this, [this] { m_records->sync(); });
    m_recordSync.start(1000);

    buildQueue();
    ExtractionStarted started;
    started.session = m_session;
    started.specimenCount = m_setup->images.size();
    started.pendingCount = m_queue.size();
    started.details = startedDetails();
    bus.publish(Event::started(started));
    for (const auto &[specimenId, reason] : std::as_const(m_skippedSpecimens))
        bus.publish(Event::skipped(specimenId, reason));

    m_engine = m_engineFactory(m_config, m_setup->prompt, &error);
    if (!m_engine) {
        recordHalt(HaltRequest { FailureReason::PreflightFailed, error });
        finishSession();
        return;
    }
    connect(m_engine.get(), &Engine::finished, this, &RunController::onOutcome);

    if (m_config.engine == QLatin1String("openai")) {
        // Key and model are checked before any image is sent.
        auto *check = new EndpointPreflight(chatClientSettingsFor(m_config), this);
        connect(check, &EndpointPreflight::finished, this,
                [this, check](const PreflightResult &result) {
                    check->deleteLater();
                    onPreflight(result);
                });
        check->start();
    } else {
        dispatchMore();
    }
}

void RunController::onPreflight(const PreflightResult &result)
{
    if (!result.message.isEmpty())
        Q_EMIT notice(result.message);
    if (!result.passed())
        recordHalt(HaltRequest { FailureReason::PreflightFailed, result.message });
    if (m_halted.load()) {
        finishSession();
        return;
    }
    dispatchMore();
}

void RunController::buildQueue()
{
    const auto &finals = m_records->finalRecords();
    for (int i = 0; i < m_setup->images.size(); ++i) {
        const DiscoveredImage &image = m_setup->images.at(i);
        const auto it = finals.constFind(image.specimenId);
        bool skip = false;
        if (m_config.resume && it != finals.cend()
            && (it->success || it->error.kind == ErrorKind::Image)) {
            // Only files that finished before are hashed here, to see whether they changed.
            const auto sha = sha256OfFile(image.path);
            skip = sha && QString::fromLatin1(*sha) == it->sha256;
        }
        if (skip)
            m_skippedSpecimens.append({ image.specimenId,
                                        it->success ? QStringLiteral("already succeeded")
                                                    : QStringLiteral("unreadable, unchanged") });
        else
            m_queue.append(i);
    }
    if (m_config.dryRun)
        m_queue = m_queue.mid(0, 1);
    else if (m_config.limit > 0)
        m_queue = m_queue.mid(0, m_config.limit);
}

void RunController::dispatchMore()
{
    if (m_dispatching || m_finished)
        return;
    m_dispatching = true;
    const int checkpoint = m_config.validation.checkpointSize;
    while (!m_halted.load() && m_next < m_queue.size() && m_inFlight < m_config.concurrency) {
        // Slow start: until the verdict, only the checkpoint's specimens are out.
        if (!m_verdictPassed && m_sent - m_uncountedFinished >= checkpoint)
            break;
        const DiscoveredImage &image = m_setup->images.at(m_queue.at(m_next++));
        ++m_inFlight;
        ++m_sent;
        m_pipeline->bus().publish(Event::processing(image.specimenId));
        m_engine->submit(image.specimenId, image.path);
    }
    m_dispatching = false;
    if (m_inFlight == 0 && (m_halted.load() || m_next >= m_queue.size()))
        finishSession();
}

void RunController::onOutcome(const QString &specimenId, const EngineOutcome &outcome)
{
    --m_inFlight;
    const bool cancelled = !outcome.success && outcome.error.kind == ErrorKind::Cancelled;
    if (!outcome.success && (cancelled || outcome.error.kind == ErrorKind::Image))
        ++m_uncountedFinished;

    SpecimenFinished finished;
    finished.specimenId = specimenId;
    finished.fieldsExtracted = int(outcome.record.dwc.size());
    finished.filledTerms = outcome.record.dwc.keys();
    finished.error = outcome.error;
    finished.fatal = outcome.fatal;
    finished.latencyMs = outcome.latencyMs;
    finished.attempts = outcome.attempts;
    finished.usage = outcome.usage;

    // A cancelled request has no result: it gets no record, so a resume sends it again.
    if (!cancelled) {
        SpecimenRecord record;
        record.specimenId = specimenId;
        const auto image
            = std::find_if(m_setup->images.cbegin(), m_setup->images.cend(),
                           [&](const DiscoveredImage &i) { return i.specimenId == specimenId; });
        record.image = image != m_setup->images.cend() ? image->path : QString();
        record.sha256 = outcome.sha256;
        record.success = outcome.success;
        record.error = outcome.error;
        record.record = outcome.record;
        record.rawResponse = outcome.rawResponse;
        record.attempts = outcome.attempts;
        record.latencyMs = outcome.latencyMs;
        record.usage = outcome.usage;
        record.engine = m_engine->name();
        record.model = m_engine->model();
        record.promptSha256 = usesPrompt() ? m_setup->prompt.sha256() : QString();
        record.session = m_session;
        record.timestampMs = currentTimeMs();
        record.preparation = outcome.preparation;
        QString error;
        if (!m_records->append(record, &error)) {
            recordHalt(HaltRequest { FailureReason::IoError, error });
            m_engine->abortAll();
        }
        m_lastRecord = record;
        outcome.success ? ++m_succeeded : ++m_failed;
    }
    m_pipeline->bus().publish(outcome.success ? Event::completed(finished)
                                              : Event::failed(finished));
    dispatchMore();
}

void RunController::onEvents(const EventBatch &batch)
{
    for (const Event &event : batch) {
        if (const auto *checkpoint = event.as<ValidationCheckpoint>(); checkpoint
            && checkpoint->session == m_session && checkpoint->passed && !m_verdictPassed) {
            m_verdictPassed = true;
            dispatchMore();
        }
    }
    Q_EMIT eventsDelivered(batch);
}

void RunController::onHalt()
{
    if (m_engine)
        m_engine->abortAll();
    dispatchMore(); // finishes the session once nothing is in flight
}

void RunController::interrupt(int exitCode)
{
    m_interruptExitCode = exitCode;
    recordHalt(HaltRequest { FailureReason::Interrupted,
                             exitCode == 143
                                 ? QStringLiteral("Terminated (SIGTERM).")
                                 : QStringLiteral("Interrupted by the user (Ctrl-C).") });
    if (!m_pipeline) // nothing started yet
        return;
    onHalt();
}

void RunController::recordHalt(const HaltRequest &halt)
{
    std::lock_guard lock(m_haltMutex);
    if (!m_halt)
        m_halt = halt; // the first reason is the one reported
    m_halted.store(true);
}

void RunController::finishSession()
{
    if (m_finished)
        return;
    m_finished = true;
    // The verdict on the last specimens is decided on the bus thread: wait until the bus has
    // processed every event published so far (consumers and halt handler included) before
    // reading the halt, or a failed checkpoint could be followed by extraction.completed.
    if (!m_pipeline->bus().flush())
        recordHalt(HaltRequest { FailureReason::IoError,
                                 tr("The event log did not take the session's last events.") });
    std::optional<HaltRequest> halt;
    {
        std::lock_guard lock(m_haltMutex);
        halt = m_halt;
    }
    m_recordSync.stop();
    QString error;
    if (!m_records->sync(&error) && !halt)
        halt = HaltRequest { FailureReason::IoError, error };
    if (!writeRunExports(m_config.outFolder, m_records->finalRecords(), m_config.exportSettings,
                         &error)
        && !halt)
        halt = HaltRequest { FailureReason::IoError, error };

    SessionSummary summary;
    summary.session = m_session;
    summary.startedMs = m_startedMs;
    summary.endedMs = currentTimeMs();
    summary.outcome = halt ? QStringLiteral("failed") : QStringLiteral("completed");
    summary.reason = halt ? halt->reason : QString();
    summary.processed = m_succeeded + m_failed;
    summary.succeeded = m_succeeded;
    summary.failed = m_failed;
    summary.skipped = m_skippedSpecimens.size();
    summary.promptSha256 = usesPrompt() ? m_setup->prompt.sha256() : QString();
    summary.engine = m_config.engine;
    summary.model = m_config.engine == QLatin1String("openai") ? m_config.model : QString();
    if (!writeRunJson(m_config.outFolder, m_pipeline->runId(), m_config, summary, &error) && !halt)
        halt = HaltRequest { FailureReason::IoError, error };

    if (halt) {
        m_pipeline->bus().publish(Event::extractionFailed(halt->reason, halt->message, m_session));
        m_exitCode = exitCodeFor(halt->reason, m_interruptExitCode);
    } else {
        ExtractionCompleted completed;
        completed.session = m_session;
        completed.durationSeconds = double(summary.endedMs - m_startedMs) / 1000.0;
        m_pipeline->bus().publish(Event::extractionCompleted(completed));
        m_exitCode = 0;
    }
    m_pipeline->bus().flush();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_engine.reset();
            m_pipeline->close();
            Q_EMIT finished(m_exitCode);
        },
        Qt::QueuedConnection);
}

QJsonObject RunController::startedDetails() const
{
    QJsonObject details = m_config.toJson();
    // The offline engine sends no prompt: naming one would mislead whoever checks the run.
    if (usesPrompt())
        details.insert(QStringLiteral("prompt"),
                       QJsonObject {
                           { QStringLiteral("path"), m_setup->prompt.displayPath() },
                           { QStringLiteral("sha256"), m_setup->prompt.sha256() },
                           { QStringLiteral("size"), m_setup->prompt.sizeBytes() },
                           { QStringLiteral("terms"),
                             QJsonArray::fromStringList(m_setup->prompt.dwcTermsNamed()) },
                       });
    details.insert(QStringLiteral("app_version"), QStringLiteral(HERBSTREAM_VERSION));
    details.insert(QStringLiteral("skipped"), m_skippedSpecimens.size());
    const QJsonObject previous = lastSessionOf(m_config.outFolder);
    if (!previous.isEmpty()) {
        QJsonObject changes;
        const QString promptSha = usesPrompt() ? m_setup->prompt.sha256() : QString();
        if (previous.value(QLatin1String("prompt_sha256")).toString() != promptSha)
            changes.insert(QStringLiteral("prompt"),
                           QJsonObject { { QStringLiteral("from"),
                                           previous.value(QLatin1String("prompt_sha256")) },
                                         { QStringLiteral("to"), promptSha } });
        const QString model
            = m_config.engine == QLatin1String("openai") ? m_config.model : QString();
        if (previous.value(QLatin1String("model")).toString() != model)
            changes.insert(
                QStringLiteral("model"),
                QJsonObject { { QStringLiteral("from"), previous.value(QLatin1String("model")) },
                              { QStringLiteral("to"), model } });
        details.insert(QStringLiteral("changes_since_previous"), changes);
    }
    return details;
}

} // namespace herb
