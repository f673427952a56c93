#include "dashboard/ThroughputTrack.h"

#include <QtGlobal>

namespace herb {

namespace {
// Narrower buckets make a noisy line from a handful of specimens.
constexpr qint64 kMinBucketSeconds = 5;
} // namespace

void ThroughputTrack::start(qint64 timestampMs)
{
    if (m_startMs < 0)
        m_startMs = timestampMs;
}

void ThroughputTrack::add(qint64 finishedMs)
{
    if (m_startMs < 0)
        m_startMs = finishedMs;
    const qint64 second = qMax<qint64>(0, (finishedMs - m_startMs) / 1000);
    if (second >= qint64(m_perSecond.size()))
        m_perSecond.resize(size_t(second + 1), 0);
    ++m_perSecond[size_t(second)];
    ++m_total;
}

void ThroughputTrack::clear()
{
    m_startMs = -1;
    m_total = 0;
    m_perSecond.clear();
}

qint64 ThroughputTrack::bucketSeconds(qint64 spanSeconds, int maxPoints)
{
    const qint64 points = qMax(1, maxPoints);
    return qMax(kMinBucketSeconds, (spanSeconds + points - 1) / points);
}

QList<QPointF> ThroughputTrack::points(qint64 nowMs, int maxPoints) const
{
    QList<QPointF> result;
    if (m_startMs < 0 || m_total == 0)
        return result;
    const qint64 span = qMax<qint64>(qint64(m_perSecond.size()), (nowMs - m_startMs + 999) / 1000);
    const qint64 width = bucketSeconds(span, maxPoints);
    for (qint64 from = 0; from < span; from += width) {
        const qint64 to = qMin(span, from + width);
        qint64 count = 0;
        for (qint64 s = from; s < qMin<qint64>(to, qint64(m_perSecond.size())); ++s)
            count += m_perSecond[size_t(s)];
        // The last bucket is still filling: its rate is over the time it has covered, and
        // a sliver of it would make a spike, so it waits until half full.
        if (to - from < width / 2 && !result.isEmpty())
            break;
        const double minutes = double(qMax<qint64>(1, to - from)) / 60.0;
        result.append(QPointF(double(from + to) / 2.0 / 60.0, double(count) / minutes));
    }
    return result;
}

} // namespace herb
