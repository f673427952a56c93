#include "NetworkManagerPool.h"

#include <QNetworkAccessManager>

namespace herb {

NetworkManagerPool::NetworkManagerPool(QObject *parent)
    : QObject(parent)
{ }

NetworkManagerPool::~NetworkManagerPool() = default;

QNetworkAccessManager *NetworkManagerPool::acquire()
{
    Slot *best = nullptr;
    for (Slot &slot : m_managers) {
        if (!best || slot.busy < best->busy)
            best = &slot;
    }
    if (!best || best->busy >= kConnectionsPerManager) {
        auto *manager = new QNetworkAccessManager(this);
        // Redirects are vetted by the client (same origin only), never followed with the key.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.push_back({ manager, 0 });
        best = &m_managers.back();
    }
    ++best->busy;
    return best->manager;
}

void NetworkManagerPool::release(QNetworkAccessManager *manager)
{
    for (Slot &slot : m_managers) {
        if (slot.manager == manager && slot.busy > 0) {
            --slot.busy;
            return;
        }
    }
}

int NetworkManagerPool::busyCount() const
{
    int busy = 0;
    for (const Slot &slot : m_managers)
        busy += slot.busy;
    return busy;
}

} // namespace herb
