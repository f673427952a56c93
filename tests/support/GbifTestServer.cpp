#include "GbifTestServer.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace herb::test {

namespace {

QByteArray matchJson(const QString &name)
{
    if (name == QLatin1String("Carex nigra"))
        return R"({"usageKey":2725000,"scientificName":"Carex nigra (L.) Reichard",)"
               R"("canonicalName":"Carex nigra","rank":"SPECIES","status":"ACCEPTED",)"
               R"("confidence":98,"matchType":"EXACT","kingdom":"Plantae","synonym":false})";
    if (name == QLatin1String("Carex nigrra"))
        return R"({"usageKey":2725000,"scientificName":"Carex nigra (L.) Reichard",)"
               R"("rank":"SPECIES","status":"ACCEPTED","confidence":85,"matchType":"FUZZY",)"
               R"("synonym":false})";
    if (name == QLatin1String("Carex synonyma"))
        return R"({"usageKey":5000001,"acceptedUsageKey":2725111,)"
               R"("scientificName":"Carex synonyma Boott","species":"Carex accepta",)"
               R"("status":"SYNONYM","confidence":97,"matchType":"EXACT","synonym":true})";
    return R"({"confidence":100,"matchType":"NONE","synonym":false})";
}

QByteArray response(int status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
        + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

GbifTestServer::GbifTestServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &GbifTestServer::onConnection);
}

QUrl GbifTestServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

int GbifTestServer::requestCount() const
{
    int total = 0;
    for (int n : m_requests)
        total += n;
    return total;
}

void GbifTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (buffer->contains("\r\n\r\n")) {
                answer(socket, *buffer);
                buffer->clear();
            }
        });
    }
}

void GbifTestServer::answer(QTcpSocket *socket, const QByteArray &request)
{
    const QByteArray target = request.split(' ').value(1);
    const QUrl url(QString::fromLatin1(target));
    const QString name = QUrlQuery(url).queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    ++m_requests[name];
    QByteArray reply;
    if (url.path() != QLatin1String("/v1/species/match")
        || QUrlQuery(url).queryItemValue(QStringLiteral("kingdom")) != QLatin1String("Plantae"))
        reply = response(404, "text/plain", "not found");
    else if (name == QLatin1String("Error name"))
        reply = response(500, "text/plain", "internal error");
    else if (name == QLatin1String("Garbage name"))
        reply = response(200, "text/html", "<html><body>maintenance</body></html>");
    else
        reply = response(200, "application/json", matchJson(name));
    const int delay = name == QLatin1String("Slow name") ? m_slowMs : 0;
    QTimer::singleShot(delay, socket, [socket, reply] {
        socket->write(reply);
        socket->disconnectFromHost();
    });
}

} // namespace herb::test
