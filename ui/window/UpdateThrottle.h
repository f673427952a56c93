#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace herb {

// Coalesces a stream of "something changed" notifications into at most one `update()` per
// interval (default 40 ms, i.e. 25 redraws a second) whatever the event rate: the first
// notification after a quiet period fires at once, the rest of a burst fires once when the
// interval has passed. The bus delivers every batch; only the redraw is throttled.
class UpdateThrottle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateThrottle)

public:
    explicit UpdateThrottle(int intervalMs = 40, QObject *parent = nullptr);

    void notify();
    int intervalMs() const { return m_interval; }

Q_SIGNALS:
    void update();

private:
    void fire();

    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
};

} // namespace herb
