#pragma once

#include <QList>
#include <QPointF>

namespace herb {

// The success-rate curves over finished specimens (x: the specimen's sequence, y: percent),
// cumulative and rolling. A long run keeps at most `maxPoints` per curve: when full, every
// other point is dropped and only every 2nd, 4th, ... specimen is kept from then on, so a
// redraw costs the same after 100 or 100,000 specimens.
class SuccessRateTrack
{
public:
    explicit SuccessRateTrack(int maxPoints = 2000);

    void add(qint64 sequence, double cumulativeRate, double rollingRate);
    void clear();

    const QList<QPointF> &cumulative() const { return m_cumulative; }
    const QList<QPointF> &rolling() const { return m_rolling; }
    qint64 lastSequence() const { return m_last; }

private:
    int m_maxPoints;
    qint64 m_stride = 1;
    qint64 m_last = 0;
    QList<QPointF> m_cumulative;
    QList<QPointF> m_rolling;
};

} // namespace herb
