#pragma once

#include "RecentValues.h"

#include "events/EventConsumer.h"

#include <QHash>

#include <optional>
#include <vector>

namespace herb {

// The run's figures, built from events in log order: the same class feeds the bus (stamping
// each finished specimen), the GUI's dashboard and `herbstream replay`.
//
// Counts, the success rate and data.sequence are cumulative for the run folder (a resume
// replays the earlier sessions' events first); throughput, latency and ETA describe the
// current session, since a pause between sessions would distort them.
class RunMetrics
{
public:
    explicit RunMetrics(int rollingWindow = 50);

    void observe(const Event &event);

    qint64 totalProcessed() const { return m_success + m_failed; }
    qint64 successCount() const { return m_success; }
    qint64 failedCount() const { return m_failed; }
    qint64 skippedCount() const { return m_skipped; }
    double successRate() const;
    double rollingSuccessRate() const; // over the last rollingWindow() finished specimens
    int rollingWindow() const { return m_window; }

    int session() const { return m_session; }
    qint64 specimenCount() const { return m_specimenCount; }
    qint64 sessionPending() const { return m_sessionPending; }
    qint64 sessionFinished() const { return m_sessionFinished; }
    double specimensPerMinute(qint64 nowMs) const;
    // Seconds until the session's pending specimens are done at the current pace.
    std::optional<double> etaSeconds(qint64 nowMs) const;
    qint64 latencyPercentileMs(double percentile) const; // last 4,096 of the session; 0: none
    // The last 4,096 of the session, in no particular order.
    const std::vector<qint64> &sessionLatenciesMs() const { return m_latencies.values(); }

    qint64 promptTokens() const { return m_promptTokens; }
    qint64 completionTokens() const { return m_completionTokens; }
    double cost() const { return m_cost; }
    // Successful specimens with a value for each Darwin Core term.
    const QHash<QString, qint64> &fieldCoverage() const { return m_coverage; }

    // The snapshot a finished specimen carries, as of `nowMs`.
    MetricsSnapshot snapshot(qint64 nowMs) const;

private:
    void addUsage(const TokenUsage &usage);

    int m_window;
    qint64 m_success = 0;
    qint64 m_failed = 0;
    qint64 m_skipped = 0;
    std::vector<bool> m_recent; // ring of the last m_window outcomes
    size_t m_recentNext = 0;
    qint64 m_recentSuccess = 0;

    int m_session = 0;
    qint64 m_specimenCount = 0;
    qint64 m_sessionPending = 0;
    qint64 m_sessionFinished = 0;
    qint64 m_sessionStartMs = 0;
    RecentValues m_latencies; // the last 4,096

    qint64 m_promptTokens = 0;
    qint64 m_completionTokens = 0;
    double m_cost = 0.0;
    QHash<QString, qint64> m_coverage;
};

// Puts RunMetrics on the bus: stamps data.sequence and data.metrics on every finished specimen
// before it is written, so the log itself carries one monotone track across sessions.
class RunMetricsStamper final : public EventConsumer
{
public:
    explicit RunMetricsStamper(RunMetrics &metrics)
        : m_metrics(metrics)
    { }
    QString name() const override { return QStringLiteral("RunMetrics"); }
    void annotate(Event &event) override;
    std::optional<HaltRequest> consume(const Event &, EventEmitter &) override
    {
        return std::nullopt;
    }

private:
    RunMetrics &m_metrics;
};

} // namespace herb
