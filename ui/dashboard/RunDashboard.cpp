#include "dashboard/RunDashboard.h"

#include "monitor/ConsoleReporter.h"

#include "dashboard/DashboardCharts.h"
#include "dashboard/StatTile.h"
#include "window/UpdateThrottle.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace herb {

namespace {

QString percentText(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 1) + QStringLiteral(" %");
}

} // namespace

RunDashboard::RunDashboard(QWidget *parent)
    : QWidget(parent)
    , m_throttle(new UpdateThrottle(40, this))
    , m_chartThrottle(new UpdateThrottle(250, this))
    , m_processed(new StatTile(tr("Processed"), this))
    , m_successRate(new StatTile(tr("Success rate"), this))
    , m_throughput(new StatTile(tr("Throughput"), this))
    , m_eta(new StatTile(tr("Time left"), this))
    , m_tokens(new StatTile(tr("Tokens and cost"), this))
    , m_flagged(new StatTile(tr("Flagged"), this))
    , m_charts(new DashboardCharts(this))
{
    setAccessibleName(tr("Run dashboard"));
    auto *tiles = new QHBoxLayout;
    m_flagged->setObjectName(QStringLiteral("flaggedTile"));
    m_flagged->setToolTip(tr("Records a trust check flagged (Specimens tab, Flagged only), and "
                             "the accuracy on control sheets"));
    for (StatTile *tile : { m_processed, m_successRate, m_throughput, m_eta, m_tokens, m_flagged })
        tiles->addWidget(tile);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_charts, 1);
    connect(m_throttle, &UpdateThrottle::update, this, &RunDashboard::redrawTiles);
    connect(m_chartThrottle, &UpdateThrottle::update, this, &RunDashboard::redrawCharts);
    redraw();
}

void RunDashboard::addEvents(const EventBatch &batch)
{
    for (const Event &event : batch)
        observe(event);
    if (!batch.isEmpty()) {
        m_throttle->notify();
        m_chartThrottle->notify();
    }
}

void RunDashboard::observe(const Event &event)
{
    m_summary.observe(event);
    if (const auto *started = event.as<ExtractionStarted>()) {
        m_throughputTrack.start(event.timestampMs);
        const QJsonObject thresholds
            = started->details.value(QLatin1String("thresholds")).toObject();
        m_checkpointRate
            = thresholds.value(QLatin1String("checkpoint_min_rate")).toDouble(m_checkpointRate);
        m_monitorRate = thresholds.value(QLatin1String("monitor_min_rate")).toDouble(m_monitorRate);
    } else if (event.isSpecimenFinished()) {
        const RunMetrics &metrics = m_summary.metrics();
        m_track.add(metrics.totalProcessed(), metrics.successRate(), metrics.rollingSuccessRate());
        m_throughputTrack.add(event.timestampMs);
    }
}

void RunDashboard::setRecordsFlagged(qint64 count)
{
    if (count == m_recordsFlagged)
        return;
    m_recordsFlagged = count;
    m_throttle->notify();
}

void RunDashboard::clear()
{
    m_summary = RunSummary();
    m_recordsFlagged = 0;
    m_track.clear();
    m_throughputTrack.clear();
    m_checkpointRate = 0.5;
    m_monitorRate = 0.7;
    redraw();
}

qint64 RunDashboard::referenceTimeMs() const
{
    // A finished run (or a log read after the fact) is described as of its last event.
    if (m_summary.state() != RunSummary::State::Running)
        return m_summary.lastTimestampMs();
    return qMax(currentTimeMs(), m_summary.lastTimestampMs());
}

void RunDashboard::redraw()
{
    redrawTiles();
    redrawCharts();
}

void RunDashboard::redrawCharts()
{
    ++m_redraws;
    const RunMetrics &metrics = m_summary.metrics();
    m_charts->showSuccessRate(m_track, metrics.specimenCount(), m_checkpointRate, m_monitorRate);
    m_charts->showLatencies(metrics.sessionLatenciesMs());
    m_charts->showCoverage(metrics.fieldCoverage(), metrics.successCount());
    m_charts->showThroughput(m_throughputTrack.points(referenceTimeMs()));
}

void RunDashboard::redrawTiles()
{
    const RunMetrics &metrics = m_summary.metrics();
    const qint64 now = referenceTimeMs();
    const QLocale locale;
    m_processed->setValue(
        tr("%1 / %2").arg(locale.toString(metrics.totalProcessed()),
                          locale.toString(metrics.specimenCount())),
        tr("%1 failed, %2 skipped")
            .arg(locale.toString(metrics.failedCount()), locale.toString(metrics.skippedCount())));
    if (metrics.totalProcessed() > 0)
        m_successRate->setValue(percentText(metrics.successRate()),
                                tr("last %1: %2")
                                    .arg(metrics.rollingWindow())
                                    .arg(percentText(metrics.rollingSuccessRate())));
    else
        m_successRate->setValue(tr("–"));
    m_throughput->setValue(
        tr("%1 /min").arg(locale.toString(metrics.specimensPerMinute(now), 'f', 1)),
        tr("median %1 s")
            .arg(locale.toString(double(metrics.latencyPercentileMs(0.5)) / 1000.0, 'f', 1)));
    switch (m_summary.state()) {
    case RunSummary::State::NotStarted:
        m_eta->setValue(tr("–"));
        break;
    case RunSummary::State::Completed:
        m_eta->setValue(tr("Done"));
        break;
    case RunSummary::State::Failed:
        m_eta->setValue(tr("Stopped"),
                        m_summary.failure() ? nameOf(m_summary.failure()->reason) : QString());
        break;
    case RunSummary::State::Running:
        if (const auto eta = metrics.etaSeconds(now))
            m_eta->setValue(ConsoleReporter::formatDuration(*eta));
        else
            m_eta->setValue(tr("–"));
        break;
    }
    const qint64 tokens = metrics.promptTokens() + metrics.completionTokens();
    m_tokens->setValue(tr("%1 tokens").arg(locale.toString(tokens)),
                       tr("cost %1").arg(locale.toString(metrics.cost(), 'f', 4)));
    // Beside the flags, the control sheets' accuracy: every scored answer so far, at the start
    // and sent again (known core values read exactly).
    QString controls = tr("no controls");
    if (m_summary.controlFieldsCompared() > 0)
        controls = tr("controls %1 % exact (%2 scored)")
                       .arg(locale.toString(100.0 * m_summary.controlFieldsExact()
                                                / m_summary.controlFieldsCompared(),
                                            'f', 0))
                       .arg(locale.toString(m_summary.controlAnswers()));
    // And the second model's agreement (--audit-model), over every audited specimen.
    if (m_summary.auditFieldsCompared() > 0)
        controls += QStringLiteral(" · ")
            + tr("audit %1 % agree (%2 audited)")
                  .arg(locale.toString(100.0 * m_summary.auditFieldsAgreed()
                                           / m_summary.auditFieldsCompared(),
                                       'f', 0))
                  .arg(locale.toString(m_summary.auditAnswers()));
    m_flagged->setValue(locale.toString(qMax(m_summary.flaggedCount(), m_recordsFlagged)),
                        controls);
}

QString RunDashboard::tileText(Tile tile) const
{
    switch (tile) {
    case Tile::Processed:
        return m_processed->value();
    case Tile::SuccessRate:
        return m_successRate->value();
    case Tile::Throughput:
        return m_throughput->value();
    case Tile::Eta:
        return m_eta->value();
    case Tile::TokensCost:
        return m_tokens->value() + QLatin1Char(' ') + m_tokens->detail();
    case Tile::Flagged:
        return m_flagged->value() + QLatin1Char(' ') + m_flagged->detail();
    }
    return {};
}

} // namespace herb
