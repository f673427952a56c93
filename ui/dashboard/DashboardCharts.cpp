#include "dashboard/DashboardCharts.h"

#include "dashboard/SuccessRateTrack.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace herb {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QLineSeries *newLine(const QString &name, const QColor &color, Qt::PenStyle style, qreal width)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setStyle(style);
    pen.setWidthF(width);
    series->setPen(pen);
    return series;
}

void replaceValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() == values.size()) {
        for (qsizetype i = 0; i < values.size(); ++i)
            set->replace(i, values.at(i));
        return;
    }
    set->remove(0, set->count());
    set->append(values);
}

// The axis from 0 to at least `top` in about five steps of 1, 2 or 5 times a power of ten,
// never less than 1: counts of specimens, whose labels must be whole and never repeat.
void setWholeSteps(QValueAxis *axis, double top)
{
    const double rough = std::max(top, 1.0) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10.0;
    for (const double factor : { 1.0, 2.0, 5.0 }) {
        if (factor * magnitude >= rough) {
            step = factor * magnitude;
            break;
        }
    }
    step = std::max(step, 1.0);
    const int steps = std::max(1, int(std::ceil(top / step - 1e-9)));
    axis->setRange(0, step * steps);
    axis->setTickCount(steps + 1);
}

} // namespace

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent)
    , m_cumulative(newLine(tr("Cumulative"), QColor(0x2e, 0x7d, 0x32), Qt::SolidLine, 2.0))
    , m_rolling(newLine(tr("Rolling"), QColor(0x15, 0x65, 0xc0), Qt::SolidLine, 1.5))
    , m_checkpointLine(
          newLine(tr("Checkpoint threshold"), QColor(0xc6, 0x28, 0x28), Qt::DashLine, 1.5))
    , m_monitorLine(newLine(tr("Monitor threshold"), QColor(0xef, 0x6c, 0x00), Qt::DotLine, 1.5))
    , m_rateX(new QValueAxis)
    , m_latencySet(new QBarSet(tr("Specimens")))
    , m_latencyAxis(new QBarCategoryAxis)
    , m_latencyCount(new QValueAxis)
    , m_coverageSet(new QBarSet(tr("Coverage %")))
    , m_coverageAxis(new QBarCategoryAxis)
    , m_throughput(
          newLine(tr("Specimens per minute"), QColor(0x6a, 0x1b, 0x9a), Qt::SolidLine, 2.0))
    , m_throughputX(new QValueAxis)
    , m_throughputY(new QValueAxis)
{
    // Named for the tests, which find them through the chart views.
    m_cumulative->setObjectName(QStringLiteral("cumulative"));
    m_rolling->setObjectName(QStringLiteral("rolling"));
    m_checkpointLine->setObjectName(QStringLiteral("checkpointThreshold"));
    m_monitorLine->setObjectName(QStringLiteral("monitorThreshold"));
    m_latencySet->setObjectName(QStringLiteral("latency"));
    m_coverageSet->setObjectName(QStringLiteral("coverage"));
    m_throughput->setObjectName(QStringLiteral("throughput"));

    QChart *rate = newChart(tr("Success rate"));
    for (QLineSeries *series : { m_cumulative, m_rolling, m_checkpointLine, m_monitorLine })
        rate->addSeries(series);
    auto *rateY = new QValueAxis;
    rateY->setRange(0, 100);
    rateY->setLabelFormat(QStringLiteral("%d %"));
    m_rateX->setRange(0, 1);
    m_rateX->setLabelFormat(QStringLiteral("%d"));
    m_rateX->setTitleText(tr("Specimens finished"));
    rate->addAxis(m_rateX, Qt::AlignBottom);
    rate->addAxis(rateY, Qt::AlignLeft);
    for (QLineSeries *series : { m_cumulative, m_rolling, m_checkpointLine, m_monitorLine }) {
        series->attachAxis(m_rateX);
        series->attachAxis(rateY);
    }

    QChart *latency = newChart(tr("Latency distribution"));
    auto *latencySeries = new QBarSeries;
    latencySeries->append(m_latencySet);
    latency->addSeries(latencySeries);
    m_latencyAxis->setTitleText(tr("Seconds"));
    m_latencyAxis->setTruncateLabels(false);
    latency->addAxis(m_latencyAxis, Qt::AlignBottom);
    m_latencyCount->setLabelFormat(QStringLiteral("%d"));
    latency->addAxis(m_latencyCount, Qt::AlignLeft);
    latencySeries->attachAxis(m_latencyAxis);
    latencySeries->attachAxis(m_latencyCount);
    latency->legend()->hide();

    QChart *coverage = newChart(tr("Field coverage (successful specimens)"));
    auto *coverageSeries = new QHorizontalBarSeries;
    coverageSeries->append(m_coverageSet);
    coverage->addSeries(coverageSeries);
    auto *coverageX = new QValueAxis;
    coverageX->setRange(0, 100);
    coverageX->setLabelFormat(QStringLiteral("%d %"));
    coverage->addAxis(coverageX, Qt::AlignBottom);
    coverage->addAxis(m_coverageAxis, Qt::AlignLeft);
    coverageSeries->attachAxis(coverageX);
    coverageSeries->attachAxis(m_coverageAxis);
    coverage->legend()->hide();

    QChart *throughput = newChart(tr("Throughput"));
    throughput->addSeries(m_throughput);
    m_throughputX->setRange(0, 1);
    m_throughputX->setLabelFormat(QStringLiteral("%.0f"));
    m_throughputX->setTitleText(tr("Minutes since start"));
    m_throughputY->setRange(0, 1);
    // A young run has one bucket: a point, not yet a line.
    m_throughput->setPointsVisible(true);
    m_throughputY->setLabelFormat(QStringLiteral("%.0f"));
    m_throughputY->setTitleText(tr("Specimens / min"));
    throughput->addAxis(m_throughputX, Qt::AlignBottom);
    throughput->addAxis(m_throughputY, Qt::AlignLeft);
    m_throughput->attachAxis(m_throughputX);
    m_throughput->attachAxis(m_throughputY);
    throughput->legend()->hide();

    // Rows of their own proportions: the success-rate legend names four lines and wants the
    // wider half; the coverage chart's term names want as much as the latency chart.
    auto *top = new QHBoxLayout;
    top->addWidget(addView(rate, tr("Success rate chart")), 3);
    top->addWidget(addView(throughput, tr("Throughput chart")), 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(addView(latency, tr("Latency chart")), 1);
    bottom->addWidget(addView(coverage, tr("Field coverage chart")), 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 1);
    layout->addLayout(bottom, 1);
}

QChartView *DashboardCharts::addView(QChart *chart, const QString &accessibleName)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumSize(280, 200);
    return view;
}

void DashboardCharts::showSuccessRate(const SuccessRateTrack &track, qint64 expected,
                                      double checkpointRate, double monitorRate)
{
    m_cumulative->replace(track.cumulative());
    m_rolling->replace(track.rolling());
    // At least five specimens wide, in whole steps.
    setWholeSteps(m_rateX, double(qMax<qint64>(5, qMax(expected, track.lastSequence()))));
    const double right = m_rateX->max();
    m_checkpointLine->replace({ { 0, checkpointRate * 100.0 }, { right, checkpointRate * 100.0 } });
    m_monitorLine->replace({ { 0, monitorRate * 100.0 }, { right, monitorRate * 100.0 } });
}

void DashboardCharts::showLatencies(const std::vector<qint64> &latenciesMs)
{
    if (latenciesMs.empty()) {
        replaceValues(m_latencySet, {});
        m_latencyAxis->clear();
        return;
    }
    const qint64 longest = *std::max_element(latenciesMs.begin(), latenciesMs.end());
    // Bins of a round width in tenths of a second, so the labels read well.
    const qint64 width = qMax<qint64>(100, (longest / kLatencyBins / 100 + 1) * 100);
    QList<qreal> counts(kLatencyBins, 0.0);
    for (const qint64 latency : latenciesMs)
        counts[qMin<qint64>(kLatencyBins - 1, latency / width)] += 1.0;
    QStringList labels;
    for (int bin = 0; bin < kLatencyBins; ++bin)
        labels.append(QString::number(double(bin * width) / 1000.0, 'f', 1));
    if (m_latencyAxis->categories() != labels)
        m_latencyAxis->setCategories(labels);
    replaceValues(m_latencySet, counts);
    setWholeSteps(m_latencyCount, *std::max_element(counts.begin(), counts.end()));
}

void DashboardCharts::showCoverage(const QHash<QString, qint64> &coverage, qint64 successes)
{
    QList<QPair<QString, qint64>> terms;
    for (auto it = coverage.begin(); it != coverage.end(); ++it)
        terms.append({ it.key(), it.value() });
    // Least covered at the bottom of the horizontal chart, ties by name.
    std::sort(terms.begin(), terms.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first > b.first;
    });
    QStringList labels;
    QList<qreal> values;
    for (const auto &[term, count] : terms) {
        labels.append(term);
        values.append(successes > 0 ? 100.0 * double(count) / double(successes) : 0.0);
    }
    if (m_coverageAxis->categories() != labels) {
        m_coverageAxis->clear();
        if (!labels.isEmpty())
            m_coverageAxis->setCategories(labels);
    }
    replaceValues(m_coverageSet, values);
}

void DashboardCharts::showThroughput(const QList<QPointF> &points)
{
    m_throughput->replace(points);
    double right = 1.0;
    double top = 1.0;
    for (const QPointF &point : points) {
        right = qMax(right, point.x());
        top = qMax(top, point.y());
    }
    // Round ticks; tenths of a minute while the run is young, so labels do not repeat.
    m_throughputX->setRange(0, right);
    m_throughputX->applyNiceNumbers();
    m_throughputX->setLabelFormat(m_throughputX->max() <= 5.0 ? QStringLiteral("%.1f")
                                                              : QStringLiteral("%.0f"));
    setWholeSteps(m_throughputY, top * 1.1);
}

QStringList DashboardCharts::coverageTerms() const
{
    return m_coverageAxis->categories();
}

QStringList DashboardCharts::latencyBins() const
{
    return m_latencyAxis->categories();
}

} // namespace herb
