#include "RunMetrics.h"

#include <algorithm>
#include <cmath>

namespace herb {

namespace {
double roundTo(double value, double scale)
{
    return std::round(value * scale) / scale;
}
} // namespace

RunMetrics::RunMetrics(int rollingWindow)
    : m_window(qMax(1, rollingWindow))
{
    m_recent.reserve(size_t(m_window));
}

void RunMetrics::observe(const Event &event)
{
    switch (event.type) {
    case EventType::ExtractionStarted: {
        const auto &started = *event.as<ExtractionStarted>();
        m_session = started.session;
        m_specimenCount = started.specimenCount;
        m_sessionPending = started.pendingCount;
        m_sessionFinished = 0;
        m_sessionStartMs = event.timestampMs;
        m_latencies.clear();
        break;
    }
    case EventType::SpecimenSkipped:
        ++m_skipped;
        break;
    case EventType::SpecimenCompleted:
    case EventType::SpecimenFailed: {
        const auto &finished = *event.as<SpecimenFinished>();
        const bool success = event.type == EventType::SpecimenCompleted;
        success ? ++m_success : ++m_failed;
        if (m_session == 0) { // events without extraction.started (tests, partial logs)
            m_session = 1;
            m_sessionStartMs = event.timestampMs;
        }
        ++m_sessionFinished;
        if (m_recent.size() < size_t(m_window)) {
            m_recent.push_back(success);
        } else {
            m_recentSuccess -= m_recent[m_recentNext] ? 1 : 0;
            m_recent[m_recentNext] = success;
            m_recentNext = (m_recentNext + 1) % size_t(m_window);
        }
        m_recentSuccess += success ? 1 : 0;
        m_latencies.push(finished.latencyMs);
        addUsage(finished.usage);
        if (success) {
            for (const QString &term : finished.filledTerms)
                ++m_coverage[term];
        }
        break;
    }
    case EventType::ValidationControl:
        // A control sheet sent again costs tokens too, and so does a second opinion.
        addUsage(event.as<ControlScore>()->usage);
        break;
    case EventType::ValidationAudit:
        addUsage(event.as<AuditComparison>()->usage);
        break;
    default:
        break;
    }
}

void RunMetrics::addUsage(const TokenUsage &usage)
{
    m_promptTokens += usage.promptTokens;
    m_completionTokens += usage.completionTokens;
    m_cost += usage.cost;
}

double RunMetrics::successRate() const
{
    const qint64 total = totalProcessed();
    return total == 0 ? 0.0 : double(m_success) / double(total);
}

double RunMetrics::rollingSuccessRate() const
{
    return m_recent.empty() ? 0.0 : double(m_recentSuccess) / double(m_recent.size());
}

double RunMetrics::specimensPerMinute(qint64 nowMs) const
{
    if (m_sessionFinished == 0)
        return 0.0;
    // At least one second, so the first specimen does not report an absurd pace.
    const double minutes = double(qMax<qint64>(1000, nowMs - m_sessionStartMs)) / 60000.0;
    return double(m_sessionFinished) / minutes;
}

std::optional<double> RunMetrics::etaSeconds(qint64 nowMs) const
{
    const double perMinute = specimensPerMinute(nowMs);
    if (perMinute <= 0.0 || m_sessionPending <= 0)
        return std::nullopt;
    const qint64 remaining = qMax<qint64>(0, m_sessionPending - m_sessionFinished);
    return double(remaining) / perMinute * 60.0;
}

qint64 RunMetrics::latencyPercentileMs(double percentile) const
{
    if (m_latencies.empty())
        return 0;
    std::vector<qint64> sorted = m_latencies.values();
    const auto rank = size_t(std::clamp(percentile, 0.0, 1.0) * double(sorted.size() - 1) + 0.5);
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(rank), sorted.end());
    return sorted[rank];
}

MetricsSnapshot RunMetrics::snapshot(qint64 nowMs) const
{
    MetricsSnapshot s;
    s.totalProcessed = totalProcessed();
    s.successCount = m_success;
    s.failedCount = m_failed;
    s.successRate = roundTo(successRate(), 1e4);
    s.specimensPerMinute = roundTo(specimensPerMinute(nowMs), 1e2);
    return s;
}

void RunMetricsStamper::annotate(Event &event)
{
    m_metrics.observe(event);
    if (auto *finished = event.as<SpecimenFinished>()) {
        finished->sequence = m_metrics.totalProcessed();
        finished->metrics = m_metrics.snapshot(event.timestampMs);
    } else if (auto *completed = event.as<ExtractionCompleted>()) {
        completed->metrics = m_metrics.snapshot(event.timestampMs);
    } else if (auto *failed = event.as<ExtractionFailed>()) {
        failed->metrics = m_metrics.snapshot(event.timestampMs);
    }
}

} // namespace herb
