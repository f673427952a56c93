#pragma once

#include <QHash>
#include <QTcpServer>
#include <QUrl>

namespace herb::test {

// GBIF's species-match API on 127.0.0.1, in the test's own thread: GET /v1/species/match
// answers by the name asked, so one server plays every case:
//   "Carex nigra"      EXACT (accepted)         "Carex nigrra"     FUZZY
//   "Carex synonyma"   EXACT, a synonym of "Carex accepta"
//   "Inventa fabulosa" NONE                     "Error name"       HTTP 500
//   "Garbage name"     200 with HTML            "Slow name"        answers after slowMs
// Any other name is NONE. It counts the requests per name.
class GbifTestServer final : public QObject
{
    Q_OBJECT

public:
    explicit GbifTestServer(QObject *parent = nullptr);

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    int requestsFor(const QString &name) const { return m_requests.value(name); }
    int requestCount() const;
    void setSlowMs(int ms) { m_slowMs = ms; }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &request);

    QTcpServer m_server;
    QHash<QString, int> m_requests;
    int m_slowMs = 3000;
};

} // namespace herb::test
