#include "GbifNameMatcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUrlQuery>

namespace herb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GbifNameMatcher)
};

// Errors that say GBIF cannot be reached at all (no network, no DNS, refused), as opposed to a
// server that answers badly.
bool isUnreachable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

QJsonObject GbifMatch::toJson() const
{
    QJsonObject json { { QStringLiteral("matchType"), matchType },
                       { QStringLiteral("confidence"), confidence } };
    if (!acceptedName.isEmpty())
        json.insert(QStringLiteral("acceptedName"), acceptedName);
    if (taxonKey > 0)
        json.insert(QStringLiteral("taxonKey"), taxonKey);
    return json;
}

GbifMatch GbifMatch::fromReply(const QByteArray &body)
{
    GbifMatch match;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const QString type = json.value(QLatin1String("matchType")).toString();
    static const QStringList known { QStringLiteral("EXACT"), QStringLiteral("FUZZY"),
                                     QStringLiteral("HIGHERRANK"), QStringLiteral("NONE") };
    if (!known.contains(type)) {
        match.problem = Text::tr("GBIF's answer is no species match");
        return match;
    }
    match.answered = true;
    match.matchType = type;
    match.confidence = json.value(QLatin1String("confidence")).toInt();
    // A synonym's accepted taxon is its acceptedUsageKey, whose species names it.
    const bool synonym = json.value(QLatin1String("synonym")).toBool()
        || json.value(QLatin1String("status")).toString() == QLatin1String("SYNONYM");
    if (synonym) {
        match.taxonKey = json.value(QLatin1String("acceptedUsageKey")).toInteger();
        match.acceptedName = json.value(QLatin1String("species")).toString();
    } else {
        match.taxonKey = json.value(QLatin1String("usageKey")).toInteger();
        match.acceptedName = json.value(QLatin1String("scientificName")).toString();
    }
    return match;
}

GbifNameMatcher::GbifNameMatcher(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<herb::GbifMatch>();
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &GbifNameMatcher::pump);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort(); // finishes as OperationCanceledError: unmatched
    });
    if (!m_options.cacheFolder.isEmpty())
        QDir().mkpath(m_options.cacheFolder);
}

GbifNameMatcher::~GbifNameMatcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

QString GbifNameMatcher::cachePath(const QString &name) const
{
    if (m_options.cacheFolder.isEmpty())
        return {};
    const QByteArray key
        = QCryptographicHash::hash(("Plantae\n" + name).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(m_options.cacheFolder).filePath(QString::fromLatin1(key) + QLatin1String(".json"));
}

void GbifNameMatcher::lookup(const QString &specimenId, const QString &rawName)
{
    const QString name = rawName.simplified();
    if (name.isEmpty() || m_offline)
        return;
    auto cached = m_memory.constFind(name);
    if (cached == m_memory.cend()) {
        QFile file(cachePath(name));
        if (!file.fileName().isEmpty() && file.open(QIODevice::ReadOnly)) {
            const GbifMatch fromDisk = GbifMatch::fromReply(file.readAll());
            if (fromDisk.answered)
                cached = m_memory.insert(name, fromDisk);
        }
    }
    if (cached != m_memory.cend()) {
        // Delivered on a later turn, as a network answer would be; counted until then, so a
        // run does not end between the lookup and its answer.
        ++m_fromCache;
        QMetaObject::invokeMethod(
            this,
            [this, specimenId, match = *cached] {
                --m_fromCache;
                Q_EMIT matched(specimenId, match);
                if (isIdle())
                    Q_EMIT idle();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_waiting.contains(name))
        m_order.append(name);
    m_waiting[name].append(specimenId);
    pump();
}

void GbifNameMatcher::pump()
{
    if (m_reply || m_offline || m_order.isEmpty() || m_next.isActive())
        return;
    if (m_sinceLast.isValid() && m_sinceLast.elapsed() < m_options.minIntervalMs) {
        m_next.start(int(m_options.minIntervalMs - m_sinceLast.elapsed()));
        return;
    }
    m_replyName = m_order.first();
    QUrl url = m_options.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + QLatin1String("/v1/species/match"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), m_replyName);
    query.addQueryItem(QStringLiteral("kingdom"), QStringLiteral("Plantae"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Herbstream"));
    m_sinceLast.start();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &GbifNameMatcher::onReply);
    m_timeout.start(m_options.timeoutMs);
}

void GbifNameMatcher::onReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    reply->deleteLater();
    const QString name = m_replyName;
    const QNetworkReply::NetworkError error = reply->error();
    if (isUnreachable(error)) {
        goOffline(reply->errorString());
        return;
    }
    GbifMatch match;
    if (error == QNetworkReply::OperationCanceledError) {
        match.problem
            = Text::tr("GBIF did not answer within %1 s").arg(m_options.timeoutMs / 1000.0);
    } else if (error != QNetworkReply::NoError) {
        match.problem = reply->errorString();
    } else {
        const QByteArray body = reply->readAll();
        match = GbifMatch::fromReply(body);
        if (match.answered) {
            m_memory.insert(name, match);
            if (const QString path = cachePath(name); !path.isEmpty()) {
                QSaveFile file(path);
                if (file.open(QIODevice::WriteOnly) && file.write(body) == body.size())
                    file.commit(); // a cache: a failure only means asking again
            }
        }
    }
    answer(name, match);
    if (isIdle())
        Q_EMIT idle();
    else
        pump();
}

void GbifNameMatcher::answer(const QString &name, const GbifMatch &match)
{
    m_order.removeAll(name);
    const QStringList specimens = m_waiting.take(name);
    for (const QString &specimenId : specimens)
        Q_EMIT matched(specimenId, match);
}

void GbifNameMatcher::goOffline(const QString &why)
{
    m_offline = true;
    m_order.clear();
    m_waiting.clear();
    Q_EMIT offline(Text::tr("GBIF cannot be reached (%1): scientific names are not checked "
                            "against it in this session")
                       .arg(why));
    Q_EMIT idle();
}

} // namespace herb
