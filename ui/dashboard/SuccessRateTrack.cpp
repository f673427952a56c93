#include "dashboard/SuccessRateTrack.h"

namespace herb {

namespace {

void halve(QList<QPointF> &points)
{
    QList<QPointF> kept;
    kept.reserve(points.size() / 2 + 1);
    for (qsizetype i = 1; i < points.size(); i += 2)
        kept.append(points.at(i));
    points = std::move(kept);
}

} // namespace

SuccessRateTrack::SuccessRateTrack(int maxPoints)
    : m_maxPoints(qMax(4, maxPoints))
{ }

void SuccessRateTrack::add(qint64 sequence, double cumulativeRate, double rollingRate)
{
    m_last = sequence;
    if (sequence % m_stride != 0)
        return;
    m_cumulative.append({ double(sequence), cumulativeRate * 100.0 });
    m_rolling.append({ double(sequence), rollingRate * 100.0 });
    if (m_cumulative.size() >= m_maxPoints) {
        halve(m_cumulative);
        halve(m_rolling);
        m_stride *= 2;
    }
}

void SuccessRateTrack::clear()
{
    m_stride = 1;
    m_last = 0;
    m_cumulative.clear();
    m_rolling.clear();
}

} // namespace herb
