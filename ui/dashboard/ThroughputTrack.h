#pragma once

#include <QList>
#include <QPointF>

#include <vector>

namespace herb {

// Specimens finished per minute over the run's time, for the throughput chart. Counts are
// kept per second since the first start (a 22-hour run is 80,000 counters); a redraw folds
// them into at most `maxPoints` buckets of equal width, so its cost does not grow with the
// event rate, and a slowing run shows as a falling line.
class ThroughputTrack
{
public:
    void start(qint64 timestampMs);
    void add(qint64 finishedMs);
    void clear();
    bool isEmpty() const { return m_total == 0; }

    // (minutes since start, specimens per minute) at the middle of each bucket, up to `nowMs`.
    QList<QPointF> points(qint64 nowMs, int maxPoints = 120) const;
    static qint64 bucketSeconds(qint64 spanSeconds, int maxPoints);

private:
    qint64 m_startMs = -1;
    qint64 m_total = 0;
    std::vector<int> m_perSecond;
};

} // namespace herb
