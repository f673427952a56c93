#pragma once

#include "EngineFactory.h"
#include "extraction/Engine.h"
#include "trust/AuditCheck.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace herb {

class SideAnswerLog;

// The second opinion inside a run (--audit-model, issue 12 check 7): every K-th specimen sent
// goes to a second engine, the same endpoint and key with the audit model, at the same time as
// to the run's. When both answers are in they are compared (AuditCheck); the comparison is
// published (validation.audit, with the second model's tokens and cost), the second answer is
// appended to audits.jsonl, and a run whose models disagree is warned about. Records are never
// changed: the run's model writes them. The controller waits for the audits in flight before
// its session ends, unless it halted.
class RunAudit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunAudit)

public:
    // The config a second engine is made from: the run's endpoint and key, the audit model.
    static RunConfig auditConfig(const RunConfig &config);
    // Makes the second engine with `factory` and opens audits.jsonl; nothing when either
    // fails, and `error` says why.
    static std::unique_ptr<RunAudit> open(const RunConfig &config, const Prompt &prompt,
                                          const EngineFactory &factory, int session,
                                          QString *error);
    ~RunAudit() override;

    QString model() const { return m_model; }
    // A specimen was sent to the run's engine: sends it to the second model as well when due.
    void countSent(const QString &specimenId, const QString &imagePath);
    // The run's answer for a specimen (any specimen: those not audited are ignored).
    void onRunAnswer(const QString &specimenId, const EngineOutcome &outcome);
    bool isIdle() const { return m_inFlight == 0; }
    // A halt: the second model's requests in flight are cancelled, nothing more is compared.
    void abortAll();

Q_SIGNALS:
    void compared(const herb::AuditComparison &comparison);
    void warning(const herb::ValidationWarning &warning); // model_disagreement
    void writeFailed(const QString &error); // audits.jsonl could not be written
    void idle(); // every audit sent has its answer

private:
    RunAudit(std::unique_ptr<Engine> engine, std::unique_ptr<SideAnswerLog> log,
             const TrustSettings &settings, int session);
    void onAuditAnswer(const QString &specimenId, const EngineOutcome &outcome);
    // Both answers of `specimenId` are in.
    void settle(const QString &specimenId);

    struct Pending
    {
        std::optional<EngineOutcome> run;
        std::optional<EngineOutcome> audit;
    };

    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<SideAnswerLog> m_log;
    AuditCheck m_check;
    QString m_model;
    int m_session;
    QHash<QString, Pending> m_pending; // audited specimens whose comparison is still to make
    int m_inFlight = 0; // requests to the second model
    bool m_stopped = false;
};

} // namespace herb
