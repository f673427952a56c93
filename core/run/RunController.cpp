#include "RunController.h"

#include "EventPipeline.h"
#include "RecordStore.h"
#include "RunAudit.h"
#include "RunChatSettings.h"
#include "RunControls.h"
#include "RunNameChecks.h"
#include "SessionDetails.h"
#include "events/RunId.h"
#include "extraction/EndpointPreflight.h"
#include "extraction/Engine.h"
#include "normalise/RecordNormaliser.h"
#include "publish/ArchiveCheck.h"
#include "publish/ArchiveCheckReport.h"
#include "review/ReviewLog.h"
#include "review/ReviewedExport.h"
#include "specimens/Sha256.h"
#include "trust/TrustChecks.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace herb {

namespace {
int exitCodeFor(FailureReason reason, int interruptCode)
{
    if (reason == FailureReason::EarlyValidationFailed || reason == FailureReason::TrustCheckFailed)
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
    m_trustSeeding.waitForFinished(); // it reads m_records into m_trust
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

bool RunController::trustSeeded()
{
    if (!m_trustSeeding.isValid() || m_trustSeeding.isCanceled())
        return false;
    if (m_trustSeeding.result())
        return true;
    if (!m_trustSeedError.isEmpty()) {
        // records.jsonl could not be read back: a run whose checks cannot see the earlier
        // records must not go on as if they had.
        recordHalt(HaltRequest { FailureReason::IoError, std::exchange(m_trustSeedError, {}) });
        abortInFlight();
    }
    return false;
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
    options.trust = m_config.trust;
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
    // The trust checks compare values with what the engine sends: none for the offline engine.
    const QString promptText = usesPrompt()
        ? m_setup->prompt.system() + QLatin1Char('\n') + m_setup->prompt.user()
        : QString();
    m_trust = std::make_unique<TrustChecks>(m_config.trust, promptText);
    // A resume seeds the checks with the earlier records (a second for 50,000 of them): on the
    // pool, while the session starts and the first requests go out. Nothing touches the checks
    // or adds a record before the first outcome, which waits for it (trustSeeded()).
    m_trustSeeding
        = QtConcurrent::run([trust = m_trust.get(), records = m_records.get(),
                             error = &m_trustSeedError] { return trust->seed(*records, error); });
    m_session = m_pipeline->nextSession();
    startNameChecks();
    // A dry run extracts one specimen: no control sheets.
    if (!m_setup->controls.isEmpty() && !m_config.dryRun) {
        m_controls
            = RunControls::open(m_setup->controls, m_config.trust.controlEvery,
                                m_config.trust.controlMinAccuracy, m_config.outFolder, &error);
        if (!m_controls) {
            failEarly(error, 1);
            return;
        }
    }
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
    started.details = sessionStartedDetails(m_config, usesPrompt() ? &m_setup->prompt : nullptr,
                                            m_skippedSpecimens.size());
    bus.publish(Event::started(started));
    for (const QString &warning : changeWarnings(started.details))
        Q_EMIT notice(warning);
    for (const auto &[specimenId, reason] : std::as_const(m_skippedSpecimens))
        bus.publish(Event::skipped(specimenId, reason));

    m_engine = m_engineFactory(m_config, m_setup->prompt, &error);
    if (!m_engine) {
        recordHalt(HaltRequest { FailureReason::PreflightFailed, error });
        finishSession();
        return;
    }
    connect(m_engine.get(), &Engine::finished, this, &RunController::onOutcome);
    connect(m_engine.get(), &Engine::waiting, this, &RunController::onWaiting);
    if (!startAudit())
        return;

    // Key and model (and the audit model) are checked before any image is sent.
    if (m_config.engine == EngineKind::OpenAi)
        m_endpointChecks.append(m_config);
    if (m_audit)
        m_endpointChecks.append(RunAudit::auditConfig(m_config));
    checkNextEndpoint();
}

bool RunController::startAudit()
{
    // A dry run extracts one specimen: no second opinion.
    if (m_config.trust.auditModel.isEmpty() || m_config.dryRun)
        return true;
    QString error;
    m_audit = RunAudit::open(m_config, m_setup->prompt, m_engineFactory, m_session, &error);
    if (!m_audit) {
        recordHalt(HaltRequest { FailureReason::PreflightFailed, error });
        finishSession();
        return false;
    }
    connect(m_audit.get(), &RunAudit::compared, this, [this](const AuditComparison &comparison) {
        m_pipeline->bus().publish(Event::audit(comparison));
    });
    connect(m_audit.get(), &RunAudit::warning, this, [this](const ValidationWarning &warning) {
        m_pipeline->bus().publish(Event::warning(warning));
    });
    connect(m_audit.get(), &RunAudit::writeFailed, this, [this](const QString &why) {
        recordHalt(HaltRequest { FailureReason::IoError, why });
        abortInFlight();
        dispatchMore();
    });
    connect(m_audit.get(), &RunAudit::idle, this, &RunController::dispatchMore,
            Qt::QueuedConnection);
    return true;
}

void RunController::checkNextEndpoint()
{
    if (m_endpointChecks.isEmpty()) {
        dispatchMore();
        return;
    }
    const bool audit = m_audit && m_endpointChecks.size() == 1;
    auto *check = new EndpointPreflight(chatClientSettingsFor(m_endpointChecks.takeFirst()), this);
    connect(check, &EndpointPreflight::finished, this,
            [this, check, audit](const PreflightResult &result) {
                check->deleteLater();
                onPreflight(result, audit);
            });
    check->start();
}

void RunController::onPreflight(const PreflightResult &result, bool auditModel)
{
    const QString message = auditModel && !result.message.isEmpty()
        ? tr("Audit model: %1").arg(result.message)
        : result.message;
    if (!message.isEmpty())
        Q_EMIT notice(message);
    if (!result.passed())
        recordHalt(HaltRequest { FailureReason::PreflightFailed, message });
    if (m_halted.load()) {
        finishSession();
        return;
    }
    checkNextEndpoint();
}

QSet<QString> RunController::setAsideDuplicates()
{
    constexpr int kNamedGroups = 20; // on the console; every copy gets specimen.skipped
    const auto &finals = m_records->finalOutcomes();
    QSet<QString> setAside;
    int told = 0;
    for (const DuplicateGroup &group : std::as_const(m_setup->duplicates)) {
        QList<DiscoveredImage> copies { group.kept };
        copies += group.duplicates;
        // On a resume the copy that already succeeded stays the processed one, so a copy added
        // since (sorting first) is not sent to the model again.
        auto kept = std::find_if(copies.cbegin(), copies.cend(), [&](const DiscoveredImage &c) {
            const auto it = finals.constFind(c.specimenId);
            return it != finals.cend() && it->success
                && it->sha256 == QString::fromLatin1(group.sha256);
        });
        if (kept == copies.cend())
            kept = copies.cbegin();
        QStringList others;
        for (const DiscoveredImage &copy : std::as_const(copies)) {
            if (copy.specimenId == kept->specimenId)
                continue;
            others.append(copy.specimenId);
            setAside.insert(copy.specimenId);
            m_skippedSpecimens.append(
                { copy.specimenId,
                  QStringLiteral("duplicate of %1 (same content)").arg(kept->specimenId) });
        }
        m_duplicatePaths.insert(kept->specimenId, others);
        if (++told <= kNamedGroups)
            Q_EMIT notice(tr("Warning: %1 has the same content as %2: processed once, as %1")
                              .arg(kept->specimenId, others.join(QStringLiteral(", "))));
    }
    if (told > kNamedGroups)
        Q_EMIT notice(tr("Warning: … and %1 more sets of files with the same content")
                          .arg(told - kNamedGroups));
    return setAside;
}

namespace {

// Whether a file that finished in an earlier session still has the content it was processed
// with, so that a resume need not send it again.
bool unchangedSinceRecorded(const DiscoveredImage &image, const RecordStore::Outcome &recorded,
                            const QHash<QString, QByteArray> &knownHashes)
{
    // The duplicate scan's hash, when it read the file, is the surest answer.
    if (const auto known = knownHashes.constFind(image.specimenId); known != knownHashes.cend())
        return QString::fromLatin1(*known) == recorded.sha256;
    // Same size and modification time as when it was processed: not read again (as make and
    // rsync decide). Reading every finished scan of a collection again would take hours.
    if (recorded.fileModifiedMs != 0 && recorded.fileSize == image.size
        && recorded.fileModifiedMs == image.modifiedMs)
        return true;
    // Records written before sizes and times were kept, or a file touched since: its content
    // decides.
    const std::optional<QByteArray> sha = sha256OfFile(image.path);
    return sha && QString::fromLatin1(*sha) == recorded.sha256;
}

} // namespace

void RunController::buildQueue()
{
    for (const SkippedEntry &entry : std::as_const(m_setup->skippedFiles))
        m_skippedSpecimens.append({ entry.specimenId, entry.reason });
    const QSet<QString> duplicates = setAsideDuplicates();
    const auto &finals = m_records->finalOutcomes();
    m_imageIndex.reserve(m_setup->images.size());
    for (int i = 0; i < m_setup->images.size(); ++i) {
        const DiscoveredImage &image = m_setup->images.at(i);
        m_imageIndex.insert(image.specimenId, i);
        if (duplicates.contains(image.specimenId))
            continue;
        const auto it = finals.constFind(image.specimenId);
        bool skip = false;
        if (m_config.resume && it != finals.cend()
            && (it->success || it->errorKind == ErrorKind::Image)) {
            skip = unchangedSinceRecorded(image, *it, m_setup->knownHashes);
        }
        if (skip)
            m_skippedSpecimens.append({ image.specimenId,
                                        it->success ? QStringLiteral("already succeeded")
                                                    : QStringLiteral("unreadable, unchanged") });
        else
            m_queue.append(i);
    }
    m_setup->knownHashes = {}; // read; 100,000 of them hold ~15 MB
    // Control sheets go first: they are the early checkpoint's specimens.
    if (m_controls)
        m_controlsAtFront = m_controls->arrange(m_queue, m_setup->images, m_session);
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
    // Control sheets sent first count in the checkpoint's specimens, however many there are.
    const int checkpoint = qMax(m_config.validation.checkpointSize, m_controlsAtFront);
    while (!m_halted.load() && m_inFlight < m_config.concurrency) {
        if (sendDueControl())
            continue;
        if (m_next >= m_queue.size())
            break;
        // Slow start: until the verdict, only the checkpoint's specimens are out, and until
        // the control sheets' verdict only they and the checkpoint's.
        if (!m_verdictPassed && m_sent - m_uncountedFinished >= checkpoint)
            break;
        const bool controlFirst = m_next < m_controlsAtFront;
        if (m_controls && !controlFirst && !m_controls->verdictGiven()
            && m_sent - m_uncountedFinished >= m_config.validation.checkpointSize)
            break;
        const DiscoveredImage &image = m_setup->images.at(m_queue.at(m_next++));
        ++m_inFlight;
        ++m_sent;
        m_pipeline->bus().publish(Event::processing(image.specimenId));
        m_engine->submit(image.specimenId, image.path);
        if (m_controls && !controlFirst)
            m_controls->countSent();
        if (m_audit && !controlFirst)
            m_audit->countSent(image.specimenId, image.path);
    }
    m_dispatching = false;
    // The names asked of GBIF are answered (or time out) before the session ends, so their
    // matches are in the records; a halt does not wait for them.
    // So are the audits: their comparisons and costs belong to the session.
    const bool namesAnswered = !m_names || m_names->isIdle();
    const bool auditsAnswered = !m_audit || m_audit->isIdle();
    if (m_inFlight == 0
        && (m_halted.load() || (m_next >= m_queue.size() && namesAnswered && auditsAnswered))) {
        finishSession();
        return;
    }
    prepareAhead();
}

void RunController::startNameChecks()
{
    if (!m_config.trust.runs(TrustSettings::kNamesCheck))
        return;
    m_names = new RunNameChecks(m_config, *m_records, this);
    connect(m_names, &RunNameChecks::notice, this, &RunController::notice);
    connect(m_names, &RunNameChecks::warning, this, [this](const ValidationWarning &warning) {
        m_pipeline->bus().publish(Event::warning(warning));
    });
    connect(m_names, &RunNameChecks::writeFailed, this, [this](const QString &error) {
        recordHalt(HaltRequest { FailureReason::IoError, error });
        abortInFlight();
        dispatchMore();
    });
    connect(m_names, &RunNameChecks::idle, this, &RunController::dispatchMore,
            Qt::QueuedConnection);
}

bool RunController::sendDueControl()
{
    if (!m_controls)
        return false;
    const std::optional<QString> due = m_controls->takeDue();
    const auto image = due ? m_imageIndex.constFind(*due) : m_imageIndex.cend();
    if (image == m_imageIndex.cend()) // the preflight saw every control in the folder
        return false;
    // Sent again under its own id; the answer is scored, never written as its record, and
    // publishes no specimen event (the specimen's counts and metrics stay one per image).
    ++m_inFlight;
    m_controls->markInFlight(*due);
    m_engine->submit(*due, m_setup->images.at(*image).path);
    return true;
}

void RunController::prepareAhead()
{
    // The next specimens are prepared (hashed, decoded, scaled, encoded) while the requests in
    // flight wait for their answers, so a slot that frees up is filled at once: preparing a
    // wave of C camera-sized sheets only when their slots freed added most of a second to
    // every round trip on two cores (bench_run). At most C beyond what was sent, so memory
    // stays flat. Before the checkpoint's verdict this prepares, never sends: a halted run
    // still sent only the checkpoint's images.
    if (m_halted.load())
        return;
    m_preparedUntil = qMax(m_preparedUntil, m_next);
    const qsizetype until = qMin(m_queue.size(), m_next + qsizetype(m_config.concurrency));
    for (; m_preparedUntil < until; ++m_preparedUntil) {
        const DiscoveredImage &image = m_setup->images.at(m_queue.at(m_preparedUntil));
        m_engine->prepareAhead(image.specimenId, image.path);
    }
}

void RunController::onOutcome(const QString &specimenId, const EngineOutcome &outcome)
{
    --m_inFlight;
    if (m_controls && m_controls->takeInFlight(specimenId)) {
        if (outcome.error.kind != ErrorKind::Cancelled)
            onControlAnswer(specimenId, outcome, true);
        dispatchMore();
        return;
    }
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
    TrustFindings trust;
    if (!cancelled) {
        SpecimenRecord record;
        record.specimenId = specimenId;
        if (const auto index = m_imageIndex.constFind(specimenId); index != m_imageIndex.cend()) {
            const DiscoveredImage &image = m_setup->images.at(*index);
            record.image = image.path;
            record.fileSize = image.size;
            record.fileModifiedMs = image.modifiedMs;
        }
        record.sha256 = outcome.sha256;
        record.duplicatePaths = m_duplicatePaths.value(specimenId);
        record.success = outcome.success;
        record.error = outcome.error;
        record.record = outcome.record;
        // Between the engine's answer and the record: GBIF's forms, the label's text kept.
        const QStringList unnormalised = outcome.success
            ? normaliseRecord(record.record, m_config.exportSettings)
            : QStringList();
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
        if (trustSeeded())
            trust = m_trust->inspect(record);
        for (const QString &flag : unnormalised) {
            if (!record.flags.contains(flag))
                record.flags.append(flag);
        }
        finished.flags = trust.flags;
        finished.alsoFlagged = trust.earlierFlags.keys();
        QString error;
        if (!m_records->append(record, &error)
            || !m_trust->flagEarlier(*m_records, trust, &error)) {
            recordHalt(HaltRequest { FailureReason::IoError, error });
            abortInFlight();
        }
        m_lastRecord = record;
        outcome.success ? ++m_succeeded : ++m_failed;
        if (m_names && outcome.success)
            m_names->lookup(specimenId, record.record.dwc.value(QStringLiteral("scientificName")));
    }
    m_pipeline->bus().publish(outcome.success ? Event::completed(finished)
                                              : Event::failed(finished));
    for (const ValidationWarning &warning : std::as_const(trust.warnings))
        m_pipeline->bus().publish(Event::warning(warning));
    if (m_audit)
        m_audit->onRunAnswer(specimenId, outcome);
    if (!cancelled && m_controls && m_controls->awaitedAtStart(specimenId))
        onControlAnswer(specimenId, outcome, false);
    dispatchMore();
}

void RunController::onControlAnswer(const QString &specimenId, const EngineOutcome &outcome,
                                    bool recheck)
{
    const RunControls::Answer answer = m_controls->onAnswer(specimenId, outcome, recheck);
    for (const Event &event : answer.events)
        m_pipeline->bus().publish(event);
    std::optional<HaltRequest> halt = answer.halt;
    if (!answer.writeError.isEmpty())
        halt = HaltRequest { FailureReason::IoError, answer.writeError };
    if (halt) {
        recordHalt(*halt);
        abortInFlight();
    }
}

void RunController::onWaiting(const QString &specimenId, qint64 untilMs, const QString &why)
{
    // A warning, so the console, the window's event log and its banner all say it. A wait
    // longer than the stall interval is a stall announced in advance.
    const qint64 waitMs = qMax<qint64>(0, untilMs - currentTimeMs());
    const qint64 stallMs = qint64(m_config.validation.stallSeconds) * 1000;
    ValidationWarning warning;
    warning.reason = waitMs > stallMs ? WarningReason::Stalled : WarningReason::Waiting;
    warning.waitSeconds = (waitMs + 999) / 1000;
    warning.message
        = tr("%1: %2; the run waits %3 s, until %4 UTC")
              .arg(specimenId, why)
              .arg(warning.waitSeconds)
              .arg(QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC).toString(Qt::ISODate));
    if (waitMs > stallMs)
        warning.message
            += tr(", longer than the stall interval (%1 s)").arg(m_config.validation.stallSeconds);
    m_pipeline->bus().publish(Event::warning(warning));
}

void RunController::onEvents(const EventBatch &batch)
{
    for (const Event &event : batch) {
        if (const auto *checkpoint = event.as<ValidationCheckpoint>(); checkpoint
            && !checkpoint->controls && checkpoint->session == m_session && checkpoint->passed
            && !m_verdictPassed) {
            m_verdictPassed = true;
            dispatchMore();
        }
    }
    Q_EMIT eventsDelivered(batch);
}

void RunController::abortInFlight()
{
    if (m_engine)
        m_engine->abortAll();
    if (m_audit)
        m_audit->abortAll();
}

void RunController::onHalt()
{
    abortInFlight();
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
    if (m_names)
        m_names->stop();
    if (m_audit)
        m_audit->abortAll();
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
    // The records are read back, their terms a row at a time: a 100,000-specimen run holds
    // neither every record nor every record's terms.
    QString exportError;
    if (QFile::exists(ReviewLog::pathIn(m_config.outFolder))) {
        // A reviewed run exports its reviewed state (core/review): a resume after a review
        // must not publish again what a curator corrected or rejected.
        ReviewedExportOptions reviewed;
        reviewed.runFolder = m_config.outFolder;
        reviewed.settings = m_config.exportSettings;
        exportReviewedRun(reviewed, nullptr, &exportError);
    } else if (const auto occurrences = m_records->occurrences(&exportError); occurrences
               && writeRunExports(m_config.outFolder, occurrences->entries, m_config.exportSettings,
                                  &exportError, occurrences->termsOf)) {
        exportError = *occurrences->readError;
    }
    if (!exportError.isEmpty() && !halt)
        halt = HaltRequest { FailureReason::IoError, exportError };
    else if (exportError.isEmpty()) {
        // What GBIF's validator would say of the archive, told while the run is still in view.
        const ArchiveCheckResult check
            = checkArchive(QDir(m_config.outFolder).filePath(QStringLiteral("dwca.zip")));
        Q_EMIT notice(archiveCheckSummary(check));
        Q_EMIT archiveChecked(check);
    }

    SessionSummary summary;
    summary.session = m_session;
    summary.startedMs = m_startedMs;
    summary.endedMs = currentTimeMs();
    summary.outcome = halt ? QStringLiteral("failed") : QStringLiteral("completed");
    if (halt)
        summary.reason = halt->reason;
    summary.processed = m_succeeded + m_failed;
    summary.succeeded = m_succeeded;
    summary.failed = m_failed;
    summary.skipped = m_skippedSpecimens.size();
    summary.promptSha256 = usesPrompt() ? m_setup->prompt.sha256() : QString();
    summary.engine = m_config.engine;
    summary.model = m_config.engine == EngineKind::OpenAi ? m_config.model : QString();
    summary.flags = TrustChecks::countFlags(*m_records);
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
            m_audit.reset();
            m_engine.reset();
            m_pipeline->close();
            Q_EMIT finished(m_exitCode);
        },
        Qt::QueuedConnection);
}

} // namespace herb
