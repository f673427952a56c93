#include "setup/KeychainApiKeyStore.h"

#include <qt6keychain/keychain.h>

namespace herb {

KeychainApiKeyStore::KeychainApiKeyStore(QObject *parent)
    : SessionApiKeyStore(parent)
{ }

bool KeychainApiKeyStore::fellBack(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // errorString() names the backend's trouble, never the key.
    qWarning("No keychain available (%s): API keys are kept in memory for this session",
             qPrintable(job->errorString()));
    m_sessionOnly = true;
    Q_EMIT sessionOnlyChanged(true);
    return true;
}

// Jobs have no parent and delete themselves once finished: libsecret calls back into a job
// after its operation ends, so a job deleted with the store (a window closed while the keychain
// was still answering) would be used after it is freed. The connection dies with the store.
void KeychainApiKeyStore::start(QKeychain::Job *job, const QString &account,
                                std::function<void()> inMemory,
                                std::function<void(const QKeychain::Job &)> answered)
{
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, job, inMemory = std::move(inMemory), answered = std::move(answered)] {
                if (fellBack(job))
                    inMemory();
                else
                    answered(*job);
            });
    job->start();
}

void KeychainApiKeyStore::read(const QString &account)
{
    if (m_sessionOnly) {
        SessionApiKeyStore::read(account);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    start(
        job, account, [this, account] { SessionApiKeyStore::read(account); },
        [this, job, account](const QKeychain::Job &done) {
            const QString key = done.error() == QKeychain::NoError ? job->textData() : QString();
            Q_EMIT readFinished(account, key, key.isEmpty() ? Status::NotFound : Status::Ok);
        });
}

void KeychainApiKeyStore::write(const QString &account, const QString &key)
{
    if (m_sessionOnly) {
        SessionApiKeyStore::write(account, key);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(key);
    start(
        job, account, [this, account, key] { SessionApiKeyStore::write(account, key); },
        [this, account](const QKeychain::Job &done) {
            Q_EMIT writeFinished(account,
                                 done.error() == QKeychain::NoError ? Status::Ok : Status::Failed);
        });
}

void KeychainApiKeyStore::remove(const QString &account)
{
    if (m_sessionOnly) {
        SessionApiKeyStore::remove(account);
        return;
    }
    start(
        new QKeychain::DeletePasswordJob(serviceName()), account,
        [this, account] { SessionApiKeyStore::remove(account); },
        [this, account](const QKeychain::Job &done) {
            Status status = Status::Failed;
            if (done.error() == QKeychain::NoError)
                status = Status::Ok;
            else if (done.error() == QKeychain::EntryNotFound)
                status = Status::NotFound;
            Q_EMIT removeFinished(account, status);
        });
}

} // namespace herb
