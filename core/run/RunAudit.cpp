#include "RunAudit.h"

#include "RunConfig.h"
#include "SideAnswerLog.h"

#include <QDir>

namespace herb {

RunConfig RunAudit::auditConfig(const RunConfig &config)
{
    RunConfig audit = config;
    audit.engine = EngineKind::OpenAi;
    audit.model = config.trust.auditModel;
    // The run's engine keeps the orientation cache of the run folder to itself: two engines
    // appending to one file could interleave their lines.
    audit.outFolder.clear();
    return audit;
}

std::unique_ptr<RunAudit> RunAudit::open(const RunConfig &config, const Prompt &prompt,
                                         const EngineFactory &factory, int session, QString *error)
{
    QString why;
    std::unique_ptr<Engine> engine = factory(auditConfig(config), prompt, &why);
    if (!engine) {
        *error = tr("The audit model %1 cannot be used: %2").arg(config.trust.auditModel, why);
        return nullptr;
    }
    auto log = SideAnswerLog::open(QDir(config.outFolder).filePath(QStringLiteral("audits.jsonl")),
                                   error);
    if (!log)
        return nullptr;
    return std::unique_ptr<RunAudit>(
        new RunAudit(std::move(engine), std::move(log), config.trust, session));
}

RunAudit::RunAudit(std::unique_ptr<Engine> engine, std::unique_ptr<SideAnswerLog> log,
                   const TrustSettings &settings, int session)
    : m_engine(std::move(engine))
    , m_log(std::move(log))
    , m_check(settings.auditEvery, settings.auditMinAgreement)
    , m_model(settings.auditModel)
    , m_session(session)
{
    connect(m_engine.get(), &Engine::finished, this, &RunAudit::onAuditAnswer);
}

RunAudit::~RunAudit() = default;

void RunAudit::countSent(const QString &specimenId, const QString &imagePath)
{
    if (m_stopped || !m_check.countSent())
        return;
    m_pending.insert(specimenId, Pending {});
    ++m_inFlight;
    m_engine->submit(specimenId, imagePath);
}

void RunAudit::onRunAnswer(const QString &specimenId, const EngineOutcome &outcome)
{
    const auto pending = m_pending.find(specimenId);
    if (m_stopped || pending == m_pending.end())
        return;
    pending->run = outcome;
    if (pending->audit)
        settle(specimenId);
}

void RunAudit::onAuditAnswer(const QString &specimenId, const EngineOutcome &outcome)
{
    --m_inFlight;
    const auto pending = m_pending.find(specimenId);
    if (!m_stopped && pending != m_pending.end()) {
        pending->audit = outcome;
        if (pending->run)
            settle(specimenId);
    }
    if (m_inFlight == 0)
        Q_EMIT idle();
}

void RunAudit::settle(const QString &specimenId)
{
    const Pending both = m_pending.take(specimenId);
    const EngineOutcome &run = *both.run;
    const EngineOutcome &audit = *both.audit;
    // A cancelled answer (a halt, a stop) is no answer: nothing to say about the models.
    if (run.error.kind == ErrorKind::Cancelled || audit.error.kind == ErrorKind::Cancelled)
        return;
    QString failure;
    if (!run.success)
        failure = tr("the run's answer failed: %1").arg(nameOf(run.error.kind));
    else if (!audit.success)
        failure = tr("the audit model's answer failed: %1").arg(nameOf(audit.error.kind));
    AuditCheck::Result result = m_check.compare(specimenId, run.success ? &run.record : nullptr,
                                                audit.success ? &audit.record : nullptr, failure);
    result.comparison.session = m_session;
    result.comparison.model = m_model;
    result.comparison.usage = audit.usage;

    const QJsonObject line {
        { QStringLiteral("specimen_id"), specimenId },
        { QStringLiteral("session"), m_session },
        { QStringLiteral("sha256"), audit.sha256 },
        { QStringLiteral("model"), m_model },
        { QStringLiteral("compared"), result.comparison.compared },
        { QStringLiteral("agreed"), result.comparison.agreed },
    };
    QString error;
    if (!m_log->append(line, audit, &error)) {
        Q_EMIT writeFailed(error);
        return;
    }
    Q_EMIT compared(result.comparison);
    if (result.warning)
        Q_EMIT warning(*result.warning);
}

void RunAudit::abortAll()
{
    m_stopped = true;
    m_pending.clear();
    m_engine->abortAll();
}

} // namespace herb
