#include "window/UpdateThrottle.h"

namespace herb {

UpdateThrottle::UpdateThrottle(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UpdateThrottle::fire);
}

void UpdateThrottle::notify()
{
    if (m_timer.isActive())
        return;
    if (!m_sinceLast.isValid() || m_sinceLast.elapsed() >= m_interval) {
        fire();
        return;
    }
    m_timer.start(int(m_interval - m_sinceLast.elapsed()));
}

void UpdateThrottle::fire()
{
    m_sinceLast.start();
    Q_EMIT update();
}

} // namespace herb
