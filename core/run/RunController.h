#pragma once

#include "EngineFactory.h"
#include "RunConfig.h"
#include "RunOutputs.h"
#include "RunSetup.h"
#include "events/EventConsumer.h"
#include "publish/ArchiveCheck.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>

namespace herb {

class Engine;
class EventPipeline;
class RecordStore;
class RunAudit;
class RunControls;
class RunNameChecks;
class TrustChecks;
struct EngineOutcome;
struct PreflightResult;

// Runs one session of extraction in a run folder (DESIGN.md, "Validation semantics", "Outputs").
//
// start() does the local preflight, opens the run folder (lock, events.jsonl, records.jsonl),
// logs extraction.started, checks key and model where the server can, then dispatches
// specimens to the engine with a slow start: until the checkpoint's verdict only its specimens
// are sent, so a broken run sends at most N. A halt (failed checkpoint, fatal error, Ctrl-C, a
// log that cannot be written) reaches it on a direct path from the bus thread: nothing more is
// dispatched and requests in flight are aborted. Each result is written to records.jsonl
// before its event is published; at the end occurrence.csv, dwca.zip and run.json are written
// and the session's log closes with extraction.completed or extraction.failed.
//
// The engine comes from an EngineFactory (by default the real engines) when the session opens.
//
// Lives on one thread (the CLI's main thread, or a worker thread under the GUI).
class RunController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunController)

public:
    explicit RunController(RunConfig config, QObject *parent = nullptr);
    // With the engine `makeEngine` would not make: tests hand in a scripted one.
    RunController(RunConfig config, EngineFactory engineFactory, QObject *parent = nullptr);
    ~RunController() override;

    void start();
    // Ctrl-C / SIGTERM: stop cleanly, close the log with reason "interrupted".
    void interrupt(int exitCode = 130);

    int exitCode() const { return m_exitCode; }
    QString runFolder() const { return m_config.outFolder; }
    const RunConfig &config() const { return m_config; }
    // The last record written this session (what --dry-run prints).
    std::optional<SpecimenRecord> lastRecord() const { return m_lastRecord; }
    int specimensSent() const { return m_sent; }

Q_SIGNALS:
    void eventsDelivered(const herb::EventBatch &batch); // every event, in log order
    void notice(const QString &text); // preflight findings worth telling the user
    // What GBIF's validator would say of the run's dwca.zip, once written at the session's end.
    void archiveChecked(const herb::ArchiveCheckResult &result);
    void finished(int exitCode);

private:
    void startSession(RunSetup setup);
    // The endpoint checks still to make (the run's model, then the audit model's), one by one.
    void checkNextEndpoint();
    void onPreflight(const PreflightResult &result, bool auditModel);
    // --audit-model: the second engine. False when it cannot be made (the session ends).
    bool startAudit();
    // Cancels the requests in flight of both engines (a halt).
    void abortInFlight();
    void buildQueue();
    QSet<QString> setAsideDuplicates();
    void dispatchMore();
    void prepareAhead();
    void onOutcome(const QString &specimenId, const EngineOutcome &outcome);
    // A control sheet's answer: sent again (no record, no specimen event) or at the start.
    void onControlAnswer(const QString &specimenId, const EngineOutcome &outcome, bool recheck);
    bool sendDueControl();
    void startNameChecks();
    void onWaiting(const QString &specimenId, qint64 untilMs, const QString &why);
    void onEvents(const EventBatch &batch);
    void onHalt();
    void finishSession();
    // Thread-safe (the bus thread calls it too); keeps the first reason.
    void recordHalt(const HaltRequest &halt);
    void failEarly(const QString &message, int exitCode);
    bool usesPrompt() const { return m_config.engine == EngineKind::OpenAi; }

    RunConfig m_config;
    EngineFactory m_engineFactory;
    std::optional<RunSetup> m_setup;
    std::unique_ptr<EventPipeline> m_pipeline;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<TrustChecks> m_trust; // flags each record before it is written
    QFuture<bool> m_trustSeeding; // m_trust->seed() on the pool
    QString m_trustSeedError; // written by m_trustSeeding
    // Waits for the seeding; false (the run halted) when it failed.
    bool trustSeeded();
    std::unique_ptr<RunControls> m_controls; // --controls: sent first, and again every K
    int m_controlsAtFront = 0; // queue entries that are control sheets, sent first
    RunNameChecks *m_names = nullptr; // check "names": each record's scientificName
    std::unique_ptr<RunAudit> m_audit; // --audit-model: a second opinion every K specimens
    QList<RunConfig> m_endpointChecks;
    QTimer m_recordSync; // makes records.jsonl durable at least every second

    int m_session = 1;
    qint64 m_startedMs = 0;
    QList<int> m_queue; // indexes into m_setup->images, in dispatch order
    // Specimen id -> image path, for each result's record: a search of the image list per
    // result was quadratic over a 100,000-specimen run.
    QHash<QString, qsizetype> m_imageIndex; // specimen id -> m_setup->images
    qsizetype m_next = 0;
    // Queue entries before this index were handed to Engine::prepareAhead (or dispatched):
    // at most one concurrency's worth beyond m_next, so memory stays flat.
    qsizetype m_preparedUntil = 0;
    int m_inFlight = 0;
    int m_sent = 0;
    int m_uncountedFinished = 0; // unreadable or cancelled: not the checkpoint's
    QList<QPair<QString, QString>> m_skippedSpecimens; // specimen id, why (resume, discovery)
    QHash<QString, QStringList> m_duplicatePaths; // processed copy -> its duplicates
    qint64 m_succeeded = 0;
    qint64 m_failed = 0;
    bool m_verdictPassed = false;
    bool m_dispatching = false;
    bool m_finished = false;
    std::optional<SpecimenRecord> m_lastRecord;
    int m_exitCode = 0;
    int m_interruptExitCode = 130;

    // Written on the bus thread by the halt handler.
    std::atomic<bool> m_halted { false };
    std::mutex m_haltMutex;
    std::optional<HaltRequest> m_halt;
};

} // namespace herb
