#include "ValidationMonitor.h"

#include <algorithm>

namespace herb {

namespace {
QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 0) + QLatin1Char('%');
}

// The failure came from the network or the server, not from what the model answered.
bool isServerFailure(const SpecimenError &error)
{
    return error.kind == ErrorKind::Network || error.kind == ErrorKind::Timeout
        || (error.kind == ErrorKind::Http && (error.status >= 500 || error.status == 429));
}

QString describe(const SpecimenError &error)
{
    if (error.status > 0)
        return QStringLiteral("HTTP %1: %2").arg(error.status).arg(error.message);
    return error.message;
}
} // namespace

ValidationMonitor::ValidationMonitor(ValidationSettings settings)
    : m_settings(settings)
{
    m_settings.checkpointSize = qMax(1, m_settings.checkpointSize);
    m_settings.monitorEvery = qMax(1, m_settings.monitorEvery);
}

std::optional<HaltRequest> ValidationMonitor::consume(const Event &event, EventEmitter &out)
{
    switch (event.type) {
    case EventType::ExtractionStarted:
        startSession(event);
        return std::nullopt;
    case EventType::SpecimenProcessing:
        if (!m_sessionActive) { // a log without extraction.started still gets monitored
            m_sessionActive = true;
            m_lastProgressMs = event.timestampMs;
        }
        return std::nullopt;
    case EventType::SpecimenCompleted:
    case EventType::SpecimenFailed:
        return onFinished(event, out);
    case EventType::ExtractionCompleted:
    case EventType::ExtractionFailed:
        m_sessionActive = false;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

void ValidationMonitor::startSession(const Event &event)
{
    const auto &started = *event.as<ExtractionStarted>();
    m_session = started.session;
    m_sessionActive = true;
    m_pending = started.pendingCount;
    m_finished = 0;
    m_counted = 0;
    m_countedSuccess = 0;
    m_countedServerFailures = 0;
    m_lastServerFailure.clear();
    m_verdictGiven = false;
    m_halted = false;
    m_window.clear();
    m_imageErrorStreak = 0;
    m_lastProgressMs = event.timestampMs;
    m_stallWarned = false;
    m_latencies.clear();
}

std::optional<HaltRequest> ValidationMonitor::onFinished(const Event &event, EventEmitter &out)
{
    const auto &finished = *event.as<SpecimenFinished>();
    const bool success = event.type == EventType::SpecimenCompleted;
    m_sessionActive = true;
    ++m_finished;
    m_lastProgressMs = event.timestampMs;
    m_stallWarned = false;
    m_latencies.push(finished.latencyMs);

    if (!success && finished.fatal && !m_halted) {
        m_halted = true;
        QString message = finished.error.message;
        if (finished.error.status > 0)
            message = QStringLiteral("HTTP %1: %2").arg(finished.error.status).arg(message);
        return HaltRequest { FailureReason::FatalError, message };
    }

    const bool unreadable = !success && finished.error.kind == ErrorKind::Image;
    const bool cancelled = !success && finished.error.kind == ErrorKind::Cancelled;
    if (unreadable) {
        if (++m_imageErrorStreak == m_settings.imageErrorBurst && !m_halted) {
            ValidationWarning warning;
            warning.reason = WarningReason::ImageErrors;
            warning.message = QStringLiteral("%1 image files in a row could not be read (last: %2)")
                                  .arg(m_imageErrorStreak)
                                  .arg(finished.specimenId);
            warning.window = m_imageErrorStreak;
            out.publish(Event::warning(warning));
        }
    } else {
        m_imageErrorStreak = 0;
    }

    std::optional<HaltRequest> halt;
    if (!unreadable && !cancelled) {
        ++m_counted;
        m_countedSuccess += success ? 1 : 0;
        if (!success && isServerFailure(finished.error)) {
            ++m_countedServerFailures;
            m_lastServerFailure = describe(finished.error);
        }
        if (!m_verdictGiven && m_counted >= m_settings.checkpointSize)
            halt = giveVerdict(out);
        m_window.push_back(success);
        if (int(m_window.size()) >= m_settings.monitorEvery)
            checkRollingWindow(out);
    }
    // A session with fewer specimens than the checkpoint gets its verdict when all are done.
    if (!m_verdictGiven && m_pending > 0 && m_finished >= m_pending)
        halt = giveVerdict(out);
    return halt;
}

std::optional<HaltRequest> ValidationMonitor::giveVerdict(EventEmitter &out)
{
    m_verdictGiven = true;
    ValidationCheckpoint checkpoint;
    checkpoint.session = m_session;
    checkpoint.checked = m_counted;
    checkpoint.successCount = m_countedSuccess;
    checkpoint.successRate = m_counted == 0 ? 0.0 : double(m_countedSuccess) / double(m_counted);
    checkpoint.threshold = m_settings.checkpointMinRate;
    checkpoint.passed = m_counted > 0 && checkpoint.successRate >= m_settings.checkpointMinRate;
    out.publish(Event::checkpoint(checkpoint));
    if (checkpoint.passed || m_halted)
        return std::nullopt;
    m_halted = true;
    const int failures = m_counted - m_countedSuccess;
    if (failures > 0 && m_countedServerFailures == failures) {
        const QString message
            = QStringLiteral("The server is failing: %1 of the first %2 specimens got no answer "
                             "from it (last: %3). Check the base URL, the server and the "
                             "network; the prompt was not tested.")
                  .arg(failures)
                  .arg(m_counted)
                  .arg(m_lastServerFailure);
        return HaltRequest { FailureReason::FatalError, message };
    }
    const QString message = m_counted == 0
        ? QStringLiteral(
            "None of the first specimens reached the model: every image failed to load.")
        : QStringLiteral("Early validation failed: %1 of the first %2 specimens succeeded (%3, "
                         "below the %4 threshold). Check the prompt and the model.")
              .arg(m_countedSuccess)
              .arg(m_counted)
              .arg(percent(checkpoint.successRate), percent(checkpoint.threshold));
    return HaltRequest { FailureReason::EarlyValidationFailed, message };
}

void ValidationMonitor::checkRollingWindow(EventEmitter &out)
{
    const auto successes = std::count(m_window.begin(), m_window.end(), true);
    const double rate = double(successes) / double(m_window.size());
    if (rate < m_settings.monitorMinRate && !m_halted) {
        ValidationWarning warning;
        warning.reason = WarningReason::LowSuccessRate;
        warning.window = int(m_window.size());
        warning.successRate = rate;
        warning.threshold = m_settings.monitorMinRate;
        warning.message
            = QStringLiteral("Only %1 of the last %2 specimens succeeded (%3, below %4).")
                  .arg(successes)
                  .arg(m_window.size())
                  .arg(percent(rate), percent(m_settings.monitorMinRate));
        out.publish(Event::warning(warning));
    }
    m_window.clear();
}

qint64 ValidationMonitor::stallIntervalMs() const
{
    qint64 interval = qint64(m_settings.stallSeconds) * 1000;
    if (!m_latencies.empty()) {
        std::vector<qint64> sorted = m_latencies.values();
        const auto middle = sorted.begin() + qsizetype(sorted.size() / 2);
        std::nth_element(sorted.begin(), middle, sorted.end());
        interval = qMax(interval, *middle * 10);
    }
    return interval;
}

std::optional<HaltRequest> ValidationMonitor::tick(qint64 nowMs, EventEmitter &out)
{
    if (!m_sessionActive || m_halted || m_stallWarned || m_settings.stallSeconds <= 0)
        return std::nullopt;
    const qint64 idle = nowMs - m_lastProgressMs;
    if (idle < stallIntervalMs())
        return std::nullopt;
    m_stallWarned = true;
    ValidationWarning warning;
    warning.reason = WarningReason::Stalled;
    warning.idleSeconds = idle / 1000;
    warning.message = QStringLiteral("No specimen has finished for %1 s.").arg(idle / 1000);
    out.publish(Event::warning(warning));
    return std::nullopt;
}

} // namespace herb
