#pragma once

#include <QHash>
#include <QPointF>
#include <QWidget>

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace herb {

class SuccessRateTrack;

// The dashboard's charts: success rate over time (cumulative, rolling, and the checkpoint and
// monitor thresholds as horizontal lines), throughput (specimens per minute over time), the
// latency distribution and the field coverage per Darwin Core term. Every redraw replaces whole
// series (no per-point append) and animations stay off, as live data wants.
class DashboardCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)

public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void showSuccessRate(const SuccessRateTrack &track, qint64 expected, double checkpointRate,
                         double monitorRate);
    void showLatencies(const std::vector<qint64> &latenciesMs);
    void showCoverage(const QHash<QString, qint64> &coverage, qint64 successes);
    // (minutes since start, specimens per minute), see ThroughputTrack.
    void showThroughput(const QList<QPointF> &points);

    QStringList coverageTerms() const;
    QStringList latencyBins() const;

    static constexpr int kLatencyBins = 10;

private:
    QChartView *addView(QChart *chart, const QString &accessibleName);

    QLineSeries *m_cumulative;
    QLineSeries *m_rolling;
    QLineSeries *m_checkpointLine;
    QLineSeries *m_monitorLine;
    QValueAxis *m_rateX;
    QBarSet *m_latencySet;
    QBarCategoryAxis *m_latencyAxis;
    QValueAxis *m_latencyCount;
    QBarSet *m_coverageSet;
    QBarCategoryAxis *m_coverageAxis;
    QLineSeries *m_throughput;
    QValueAxis *m_throughputX;
    QValueAxis *m_throughputY;
};

} // namespace herb
