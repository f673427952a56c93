#include "setup/ApiKeyStore.h"

#include <QMetaObject>

namespace herb {

ApiKeyStore::ApiKeyStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<herb::ApiKeyStore::Status>();
}

QString ApiKeyStore::accountFor(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    return host.isEmpty() ? QStringLiteral("default") : host;
}

SessionApiKeyStore::SessionApiKeyStore(QObject *parent)
    : ApiKeyStore(parent)
{ }

void SessionApiKeyStore::answerLater(std::function<void()> answer)
{
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void SessionApiKeyStore::read(const QString &account)
{
    const auto it = m_keys.constFind(account);
    const QString key = it == m_keys.cend() ? QString() : *it;
    const Status status = key.isEmpty() ? Status::NotFound : Status::Ok;
    answerLater([this, account, key, status] { Q_EMIT readFinished(account, key, status); });
}

void SessionApiKeyStore::write(const QString &account, const QString &key)
{
    m_keys.insert(account, key);
    answerLater([this, account] { Q_EMIT writeFinished(account, Status::Ok); });
}

void SessionApiKeyStore::remove(const QString &account)
{
    const Status status = m_keys.remove(account) ? Status::Ok : Status::NotFound;
    answerLater([this, account, status] { Q_EMIT removeFinished(account, status); });
}

} // namespace herb
