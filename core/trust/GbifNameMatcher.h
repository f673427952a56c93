#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace herb {

// What GBIF's species-match API said of a scientific name (issue 12, check 5).
struct GbifMatch
{
    bool answered = false; // false: no usable answer (HTTP error, garbage, timeout): unmatched
    QString matchType; // EXACT, FUZZY, HIGHERRANK, NONE
    int confidence = 0;
    QString acceptedName; // the accepted name (a synonym's accepted species)
    qint64 taxonKey = 0; // the accepted taxon's key
    QString problem; // not answered: why

    bool isNone() const { return answered && matchType == QLatin1String("NONE"); }
    // As the record's extra holds it: {"matchType", "confidence", "acceptedName", "taxonKey"}.
    QJsonObject toJson() const;
    // Reads GBIF's answer; not answered when it is no match object.
    static GbifMatch fromReply(const QByteArray &body);
};

// Matches scientific names against GBIF (`GET {base}/v1/species/match?name=…&kingdom=Plantae`),
// one request at a time and at most one per minInterval, with every answer cached on disk per
// name (a name is asked once, ever, per cache folder). A server that cannot be reached turns
// the matcher off for the session: offline() once, and names are no longer asked; an HTTP
// error, an answer that is no match, or a request slower than the timeout leaves that name
// unmatched (not cached) and goes on. Lives on the controller's thread.
class GbifNameMatcher final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl baseUrl = QUrl(QStringLiteral("https://api.gbif.org"));
        QString cacheFolder; // empty: no disk cache
        int minIntervalMs = 200; // GBIF asks API users to stay gentle
        int timeoutMs = 15000;
    };

    explicit GbifNameMatcher(Options options, QObject *parent = nullptr);
    ~GbifNameMatcher() override;

    // Asks for `name` on behalf of `specimenId`; matched() follows (from the cache too, on a
    // later turn of the event loop), unless the matcher is or goes offline.
    void lookup(const QString &specimenId, const QString &name);
    bool isOffline() const { return m_offline; }
    // Nothing asked and unanswered.
    bool isIdle() const { return m_waiting.isEmpty() && !m_reply && m_fromCache == 0; }

Q_SIGNALS:
    void matched(const QString &specimenId, const herb::GbifMatch &match);
    void offline(const QString &why);
    void idle();

private:
    void pump();
    void onReply();
    void answer(const QString &name, const GbifMatch &match);
    void goOffline(const QString &why);
    QString cachePath(const QString &name) const;

    Options m_options;
    QNetworkAccessManager *m_network;
    QHash<QString, GbifMatch> m_memory; // name -> answer, this session
    QHash<QString, QStringList> m_waiting; // name -> specimens waiting for it
    QStringList m_order; // names waiting, oldest first
    QPointer<QNetworkReply> m_reply;
    QString m_replyName;
    QTimer m_next; // the rate limit
    QTimer m_timeout;
    QElapsedTimer m_sinceLast;
    bool m_offline = false;
    int m_fromCache = 0; // answers from the cache not delivered yet
};

} // namespace herb

Q_DECLARE_METATYPE(herb::GbifMatch)
