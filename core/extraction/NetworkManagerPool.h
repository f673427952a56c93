#pragma once

#include <QObject>

#include <vector>

class QNetworkAccessManager;

namespace herb {

// Qt 6.4's QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and has no
// setting for it, so concurrency above 6 needs several managers. acquire() hands out the
// least busy manager and opens another when every one already carries 6 requests; over https
// HTTP/2 multiplexes within each manager's connection anyway.
class NetworkManagerPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkManagerPool)

public:
    static constexpr int kConnectionsPerManager = 6;

    explicit NetworkManagerPool(QObject *parent = nullptr);
    ~NetworkManagerPool() override;

    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);
    int managerCount() const { return int(m_managers.size()); }
    int busyCount() const;

private:
    struct Slot
    {
        QNetworkAccessManager *manager = nullptr;
        int busy = 0;
    };
    std::vector<Slot> m_managers;
};

} // namespace herb
