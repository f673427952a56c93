#include "ConsoleReporter.h"

#include "util/ConsoleStreams.h"
#include "util/ControlCharacters.h"

#include <QDateTime>

namespace herb {

namespace {

// Every string an event carries came from outside (a file name, a model, a server, a log
// file someone else wrote): it is shown with its control characters escaped, on one line.
QString shown(const QString &value)
{
    return escapeForConsole(value);
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1String(" %");
}

QString position(const RunSummary &summary)
{
    const RunMetrics &m = summary.metrics();
    if (m.sessionPending() > 0)
        return QStringLiteral("[%1/%2]").arg(m.sessionFinished()).arg(m.sessionPending());
    return QStringLiteral("[%1]").arg(m.sessionFinished());
}

QString errorText(const SpecimenError &error)
{
    QString text = shown(nameOf(error.kind));
    if (error.status > 0)
        text += QLatin1Char(' ') + QString::number(error.status);
    if (!error.message.isEmpty())
        text += QLatin1String(": ") + shown(error.message);
    return text;
}

} // namespace

ConsoleReporter::ConsoleReporter(FILE *stream, Mode mode)
    : m_stream(stream)
    , m_mode(mode)
{ }

ConsoleReporter::Mode ConsoleReporter::modeFor(FILE *stream)
{
    return ConsoleStreams::isAnsiTerminal(stream) ? Mode::ProgressBar : Mode::Lines;
}

void ConsoleReporter::report(const Event &event)
{
    m_summary.observe(event);
    const QString line = describe(event, m_summary);
    if (m_mode == Mode::Lines) {
        if (!line.isEmpty())
            write(line + QLatin1Char('\n'));
        return;
    }
    // On a terminal, successes only move the bar; everything else is worth a line.
    const bool quiet = event.type == EventType::SpecimenCompleted;
    if (!line.isEmpty() && !quiet) {
        if (m_barVisible)
            writeTerminalControl(QStringLiteral("\r\x1b[2K"));
        m_barVisible = false;
        write(line + QLatin1Char('\n'));
        drawBar(true);
        return;
    }
    drawBar(event.isTerminal());
}

void ConsoleReporter::finish()
{
    if (m_barVisible)
        write(QStringLiteral("\n"));
    m_barVisible = false;
}

void ConsoleReporter::drawBar(bool force)
{
    const qint64 now = currentTimeMs();
    if (!force && now - m_lastBarMs < 100)
        return;
    m_lastBarMs = now;
    // One write, so the terminal never shows the cleared line without its bar.
    writeTerminalControl(QStringLiteral("\r\x1b[2K")
                         + escapeForConsole(progressBar(m_summary, now), LineBreaks::Keep));
    m_barVisible = true;
}

void ConsoleReporter::write(const QString &text)
{
    // The values in `text` were escaped one by one; this catches any that were not.
    writeTerminalControl(escapeForConsole(text, LineBreaks::Keep));
}

void ConsoleReporter::writeTerminalControl(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

QString ConsoleReporter::formatDuration(double seconds)
{
    const auto total = qint64(seconds + 0.5);
    if (total >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(total / 3600)
            .arg(total / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(total % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString ConsoleReporter::progressBar(const RunSummary &summary, qint64 nowMs, int width)
{
    const RunMetrics &m = summary.metrics();
    const qint64 pending = m.sessionPending();
    const double fraction
        = pending > 0 ? qMin(1.0, double(m.sessionFinished()) / double(pending)) : 0.0;
    const int filled = int(fraction * width + 0.5);
    QString bar = QLatin1Char('[') + QString(filled, QLatin1Char('#'))
        + QString(width - filled, QLatin1Char('.')) + QLatin1Char(']');
    bar += ConsoleReporter::tr(" %1/%2  ok %3  failed %4  %5/min")
               .arg(m.sessionFinished())
               .arg(pending)
               .arg(m.successCount())
               .arg(m.failedCount())
               .arg(m.specimensPerMinute(nowMs), 0, 'f', 1);
    if (const auto eta = m.etaSeconds(nowMs); eta && summary.state() == RunSummary::State::Running)
        bar += ConsoleReporter::tr("  ETA ") + formatDuration(*eta);
    return bar;
}

QString ConsoleReporter::describe(const Event &event, const RunSummary &summary)
{
    switch (event.type) {
    case EventType::ExtractionStarted: {
        const auto &p = *event.as<ExtractionStarted>();
        QString line = tr("Run %1, session %2: %n specimens to process (%3 in the folder)", nullptr,
                          int(p.pendingCount))
                           .arg(shown(event.runId))
                           .arg(p.session)
                           .arg(p.specimenCount);
        const QString engine = p.details.value(QLatin1String("engine")).toString();
        if (!engine.isEmpty()) {
            line += tr("\n  engine %1").arg(shown(engine));
            const QString model = p.details.value(QLatin1String("model")).toString();
            if (!model.isEmpty())
                line += tr(", model %1").arg(shown(model));
        }
        const QJsonObject prompt = p.details.value(QLatin1String("prompt")).toObject();
        if (!prompt.isEmpty())
            line += tr("\n  prompt %1 (sha256 %2)")
                        .arg(shown(prompt.value(QLatin1String("path")).toString()),
                             shown(prompt.value(QLatin1String("sha256")).toString().left(12)));
        return line;
    }
    case EventType::SpecimenCompleted: {
        const auto &p = *event.as<SpecimenFinished>();
        return tr("%1 ok      %2  %3 fields  %4 s")
            .arg(position(summary), shown(p.specimenId))
            .arg(p.fieldsExtracted)
            .arg(double(p.latencyMs) / 1000.0, 0, 'f', 2);
    }
    case EventType::SpecimenFailed: {
        const auto &p = *event.as<SpecimenFinished>();
        return tr("%1 FAILED  %2  %3")
            .arg(position(summary), shown(p.specimenId), errorText(p.error));
    }
    case EventType::SpecimenSkipped: {
        const auto &p = *event.as<SpecimenSkipped>();
        return tr("skipped  %1  (%2)").arg(shown(p.specimenId), shown(p.reason));
    }
    case EventType::ValidationCheckpoint: {
        const auto &p = *event.as<ValidationCheckpoint>();
        if (p.controls)
            return (p.passed ? tr("Control sheets passed: %1 of %2 known values read exactly on "
                                  "%3 controls (%4, threshold %5)")
                             : tr("Control sheets FAILED: %1 of %2 known values read exactly on "
                                  "%3 controls (%4, threshold %5)"))
                .arg(p.fieldsExact)
                .arg(p.fieldsCompared)
                .arg(p.checked)
                .arg(percent(p.accuracy()), percent(p.threshold));
        return (p.passed ? tr("Checkpoint passed: %1 of %2 specimens succeeded (%3, threshold %4)")
                         : tr("Checkpoint FAILED: %1 of %2 specimens succeeded (%3, threshold %4)"))
            .arg(p.successCount)
            .arg(p.checked)
            .arg(percent(p.successRate), percent(p.threshold));
    }
    case EventType::ValidationWarning: {
        const auto &p = *event.as<ValidationWarning>();
        return tr("Warning (%1): %2").arg(shown(nameOf(p.reason)), shown(p.message));
    }
    case EventType::ExtractionCompleted: {
        const auto &p = *event.as<ExtractionCompleted>();
        return tr("Finished session %1 in %2: %3 processed, %4 succeeded (%5)")
            .arg(p.session)
            .arg(formatDuration(p.durationSeconds))
            .arg(p.metrics.totalProcessed)
            .arg(p.metrics.successCount)
            .arg(percent(p.metrics.successRate));
    }
    case EventType::ExtractionFailed: {
        const auto &p = *event.as<ExtractionFailed>();
        return tr("STOPPED (%1): %2").arg(shown(nameOf(p.reason)), shown(p.message));
    }
    case EventType::ConsumerFailed: {
        const auto &p = *event.as<ConsumerFailed>();
        return tr("Internal: consumer %1 failed: %2").arg(shown(p.consumer), shown(p.message));
    }
    case EventType::ValidationControl: {
        const auto &p = *event.as<ControlScore>();
        return (p.recheck ? tr("Control %1 (sent again): %2 of %3 known values exact")
                          : tr("Control %1: %2 of %3 known values exact"))
            .arg(shown(p.specimenId))
            .arg(p.exact)
            .arg(p.compared);
    }
    case EventType::ValidationAudit: {
        const auto &p = *event.as<AuditComparison>();
        if (!p.error.isEmpty())
            return tr("Audit %1 by %2: not compared (%3)")
                .arg(shown(p.specimenId), shown(p.model), shown(p.error));
        return tr("Audit %1 by %2: %3 of %4 core fields agree")
            .arg(shown(p.specimenId), shown(p.model))
            .arg(p.agreed)
            .arg(p.compared);
    }
    case EventType::SpecimenProcessing:
    case EventType::Other:
        break;
    }
    return {};
}

QString ConsoleReporter::formatSummary(const RunSummary &summary)
{
    const RunMetrics &m = summary.metrics();
    QString text;
    QString state;
    switch (summary.state()) {
    case RunSummary::State::NotStarted:
        state = tr("no events");
        break;
    case RunSummary::State::Running:
        state = tr("still running, or ended without closing its log");
        break;
    case RunSummary::State::Completed:
        state = tr("completed");
        break;
    case RunSummary::State::Failed:
        state = tr("stopped: %1").arg(shown(nameOf(summary.failure()->reason)));
        break;
    }
    text += tr("Run %1: %2\n").arg(shown(summary.runId()), state);
    if (summary.failure())
        text += QStringLiteral("  %1\n").arg(shown(summary.failure()->message));
    if (const auto &start = summary.lastStart()) {
        const QJsonObject prompt = start->details.value(QLatin1String("prompt")).toObject();
        const QString engine = start->details.value(QLatin1String("engine")).toString();
        if (!engine.isEmpty())
            text += tr("Engine:      %1 %2\n")
                        .arg(shown(engine),
                             shown(start->details.value(QLatin1String("model")).toString()));
        if (!prompt.isEmpty())
            text += tr("Prompt:      %1 (sha256 %2)\n")
                        .arg(shown(prompt.value(QLatin1String("path")).toString()),
                             shown(prompt.value(QLatin1String("sha256")).toString().left(12)));
    }
    if (summary.firstTimestampMs() > 0) {
        text += tr("Time:        %1 to %2 (UTC)\n")
                    .arg(QDateTime::fromMSecsSinceEpoch(summary.firstTimestampMs(), Qt::UTC)
                             .toString(Qt::ISODate),
                         QDateTime::fromMSecsSinceEpoch(summary.lastTimestampMs(), Qt::UTC)
                             .toString(Qt::ISODate));
    }
    text += tr("Sessions:    %1   Events: %2\n").arg(summary.sessions()).arg(summary.eventCount());
    text += tr("Specimens:   %1 processed, %2 succeeded, %3 failed (success %4), %5 skipped\n")
                .arg(m.totalProcessed())
                .arg(m.successCount())
                .arg(m.failedCount())
                .arg(percent(m.successRate()))
                .arg(m.skippedCount());
    if (!m.sessionLatenciesMs().empty())
        text += tr("Latency:     median %1 s, p95 %2 s (last session)\n")
                    .arg(double(m.latencyPercentileMs(0.5)) / 1000.0, 0, 'f', 2)
                    .arg(double(m.latencyPercentileMs(0.95)) / 1000.0, 0, 'f', 2);
    if (m.promptTokens() + m.completionTokens() > 0)
        text += tr("Tokens:      %1 prompt, %2 completion, cost %3\n")
                    .arg(m.promptTokens())
                    .arg(m.completionTokens())
                    .arg(m.cost(), 0, 'f', 4);
    if (const auto &checkpoint = summary.checkpoint())
        text += (checkpoint->passed
                     ? tr("Checkpoint:  passed, %1 of %2 succeeded (%3, threshold %4)\n")
                     : tr("Checkpoint:  FAILED, %1 of %2 succeeded (%3, threshold %4)\n"))
                    .arg(checkpoint->successCount)
                    .arg(checkpoint->checked)
                    .arg(percent(checkpoint->successRate), percent(checkpoint->threshold));
    else
        text += tr("Checkpoint:  not reached\n");
    if (summary.flaggedCount() > 0)
        text += tr("Flagged:     %1 records (records.jsonl \"flags\"): review them\n")
                    .arg(summary.flaggedCount());
    text += tr("Warnings:    %1\n").arg(summary.warnings().size());
    for (const ValidationWarning &warning : summary.warnings())
        text += QStringLiteral("  %1: %2\n")
                    .arg(shown(nameOf(warning.reason)), shown(warning.message));
    text += tr("Events by type:\n");
    for (auto it = summary.countsByType().begin(); it != summary.countsByType().end(); ++it)
        text += QStringLiteral("  %1 %2\n").arg(shown(it.key()), -24).arg(it.value(), 8);
    if (!summary.firstErrors().isEmpty()) {
        text += tr("First errors:\n");
        for (const auto &[specimen, error] : summary.firstErrors())
            text += QStringLiteral("  %1  %2\n").arg(shown(specimen), errorText(error));
    }
    return text;
}

} // namespace herb
