#pragma once

#include "RunMetrics.h"

#include <QMap>
#include <QSet>

#include <optional>

namespace herb {

// What a person asks of a run: is it the right run, how far did it get, did the checkpoint
// pass, and why did it stop. Built from events in log order, live or from a finished log.
class RunSummary
{
public:
    enum class State
    {
        NotStarted,
        Running,
        Completed,
        Failed
    };

    void observe(const Event &event);

    State state() const { return m_state; }
    QString runId() const { return m_runId; }
    int sessions() const { return m_sessions; }
    qint64 eventCount() const { return m_events; }
    qint64 firstTimestampMs() const { return m_firstMs; }
    qint64 lastTimestampMs() const { return m_lastMs; }
    const QMap<QString, qint64> &countsByType() const { return m_countsByType; }
    const RunMetrics &metrics() const { return m_metrics; }
    // The success-rate checkpoint's verdict (ValidationMonitor).
    const std::optional<ValidationCheckpoint> &checkpoint() const { return m_checkpoint; }
    // The control sheets' verdict (--controls), when the run has control sheets.
    const std::optional<ValidationCheckpoint> &controlCheckpoint() const
    {
        return m_controlCheckpoint;
    }
    // Control answers scored (validation.control), at the start and sent again, and the known
    // core values they read exactly: the accuracy the dashboard shows.
    int controlAnswers() const { return m_controlAnswers; }
    int controlFieldsCompared() const { return m_controlCompared; }
    int controlFieldsExact() const { return m_controlExact; }
    // Specimens a second model read as well (validation.audit, --audit-model) and the core
    // fields compared and agreed on over the run.
    int auditAnswers() const { return m_auditAnswers; }
    int auditFieldsCompared() const { return m_auditCompared; }
    int auditFieldsAgreed() const { return m_auditAgreed; }
    const std::optional<ExtractionFailed> &failure() const { return m_failure; }
    const std::optional<ExtractionStarted> &lastStart() const { return m_lastStart; }
    const QList<ValidationWarning> &warnings() const { return m_warnings; }
    // Specimens whose latest record carries a trust flag (core/trust), from the events' flags.
    qint64 flaggedCount() const { return m_flagged.size(); }
    // The first errors of failed specimens, for the alert and the summary.
    const QList<QPair<QString, SpecimenError>> &firstErrors() const { return m_firstErrors; }

    // Exit code of the contract for a finished run: 0, 3 (validation), 4 (fatal), 130, 1.
    int exitCode() const;

private:
    State m_state = State::NotStarted;
    QString m_runId;
    int m_sessions = 0;
    qint64 m_events = 0;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    QMap<QString, qint64> m_countsByType;
    RunMetrics m_metrics;
    std::optional<ValidationCheckpoint> m_checkpoint;
    std::optional<ValidationCheckpoint> m_controlCheckpoint;
    int m_controlAnswers = 0;
    int m_controlCompared = 0;
    int m_controlExact = 0;
    int m_auditAnswers = 0;
    int m_auditCompared = 0;
    int m_auditAgreed = 0;
    std::optional<ExtractionFailed> m_failure;
    std::optional<ExtractionStarted> m_lastStart;
    QList<ValidationWarning> m_warnings;
    QSet<QString> m_flagged;
    QList<QPair<QString, SpecimenError>> m_firstErrors;
};

} // namespace herb
