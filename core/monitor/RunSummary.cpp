#include "RunSummary.h"

namespace herb {

namespace {
constexpr int kFirstErrorsKept = 10;
}

void RunSummary::observe(const Event &event)
{
    ++m_events;
    if (m_firstMs == 0)
        m_firstMs = event.timestampMs;
    m_lastMs = event.timestampMs;
    if (m_runId.isEmpty())
        m_runId = event.runId;
    ++m_countsByType[event.typeName()];
    m_metrics.observe(event);

    switch (event.type) {
    case EventType::ExtractionStarted:
        ++m_sessions;
        m_state = State::Running;
        m_lastStart = *event.as<ExtractionStarted>();
        m_checkpoint.reset();
        m_controlCheckpoint.reset();
        m_failure.reset();
        break;
    case EventType::SpecimenCompleted: {
        const auto &finished = *event.as<SpecimenFinished>();
        if (finished.flags.isEmpty())
            m_flagged.remove(finished.specimenId);
        else
            m_flagged.insert(finished.specimenId);
        for (const QString &id : finished.alsoFlagged)
            m_flagged.insert(id);
        break;
    }
    case EventType::SpecimenFailed:
        m_flagged.remove(event.as<SpecimenFinished>()->specimenId);
        if (m_firstErrors.size() < kFirstErrorsKept) {
            const auto &finished = *event.as<SpecimenFinished>();
            m_firstErrors.append({ finished.specimenId, finished.error });
        }
        break;
    case EventType::ValidationCheckpoint:
        if (event.as<ValidationCheckpoint>()->controls)
            m_controlCheckpoint = *event.as<ValidationCheckpoint>();
        else
            m_checkpoint = *event.as<ValidationCheckpoint>();
        break;
    case EventType::ValidationControl: {
        const auto &score = *event.as<ControlScore>();
        ++m_controlAnswers;
        m_controlCompared += score.compared;
        m_controlExact += score.exact;
        break;
    }
    case EventType::ValidationAudit: {
        const auto &audit = *event.as<AuditComparison>();
        ++m_auditAnswers;
        m_auditCompared += audit.compared;
        m_auditAgreed += audit.agreed;
        break;
    }
    case EventType::ValidationWarning:
        m_warnings.append(*event.as<ValidationWarning>());
        break;
    case EventType::ExtractionCompleted:
        m_state = State::Completed;
        break;
    case EventType::ExtractionFailed:
        m_state = State::Failed;
        m_failure = *event.as<ExtractionFailed>();
        break;
    default:
        if (m_state == State::NotStarted)
            m_state = State::Running;
        break;
    }
}

int RunSummary::exitCode() const
{
    switch (m_state) {
    case State::Completed:
        return 0;
    case State::Failed: {
        const FailureReason reason = m_failure->reason;
        if (reason == FailureReason::EarlyValidationFailed
            || reason == FailureReason::TrustCheckFailed)
            return 3;
        if (reason == FailureReason::FatalError || reason == FailureReason::PreflightFailed)
            return 4;
        if (reason == FailureReason::Interrupted)
            return 130;
        return 1;
    }
    case State::NotStarted:
    case State::Running:
        break;
    }
    return 1;
}

} // namespace herb
