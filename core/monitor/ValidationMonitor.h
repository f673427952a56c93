#pragma once

#include "RecentValues.h"

#include "ValidationSettings.h"
#include "events/EventConsumer.h"

#include <vector>

namespace herb {

// Decides whether a run is healthy (DESIGN.md, "Validation semantics").
//
// Early checkpoint: counts the current session's specimens that reached the engine and
// finished, successes and failures alike (an unreadable file or a cancelled request is not
// counted). On the N-th, or when a session with fewer than N has finished them all, it emits
// validation.checkpoint; a failed one comes with a halt request (early_validation_failed).
// It counts per session, from extraction.started, so resumes, skipped specimens and
// concurrency cannot move it. A fatal error (bad key, unknown model) halts at the first one.
// During the run: a warning when the last M specimens' success rate falls below the
// threshold, when nothing has finished for the stall interval, and on a burst of unreadable
// files. A failed checkpoint whose every failure came from the network or the server (refused
// connections, timeouts, HTTP 5xx or 429) says the server is failing and halts as a fatal
// error (exit 4): that is availability or configuration, and says nothing about the prompt.
class ValidationMonitor final : public EventConsumer
{
public:
    explicit ValidationMonitor(ValidationSettings settings = {});

    QString name() const override { return QStringLiteral("ValidationMonitor"); }
    std::optional<HaltRequest> consume(const Event &event, EventEmitter &out) override;
    std::optional<HaltRequest> tick(qint64 nowMs, EventEmitter &out) override;

    const ValidationSettings &settings() const { return m_settings; }
    bool hasVerdict() const { return m_verdictGiven; }
    bool isHalted() const { return m_halted; }
    // The stall interval in force: the setting, or 10 x the session's median latency.
    qint64 stallIntervalMs() const;

private:
    void startSession(const Event &event);
    std::optional<HaltRequest> onFinished(const Event &event, EventEmitter &out);
    std::optional<HaltRequest> giveVerdict(EventEmitter &out);
    void checkRollingWindow(EventEmitter &out);

    ValidationSettings m_settings;

    // Current session.
    int m_session = 1;
    bool m_sessionActive = false;
    qint64 m_pending = 0; // 0: unknown
    qint64 m_finished = 0; // every finished specimen, counted or not
    int m_counted = 0; // reached the engine
    int m_countedSuccess = 0;
    int m_countedServerFailures = 0; // network, timeout, 5xx, 429: the server, not the prompt
    QString m_lastServerFailure; // what the last of them said, for the verdict's message
    bool m_verdictGiven = false;
    bool m_halted = false;

    std::vector<bool> m_window; // outcomes since the last rolling check
    int m_imageErrorStreak = 0;
    qint64 m_lastProgressMs = 0;
    bool m_stallWarned = false;
    RecentValues m_latencies; // the last 4,096
};

} // namespace herb
