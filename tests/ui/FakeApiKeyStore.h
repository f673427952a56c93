#pragma once

#include "setup/ApiKeyStore.h"

// A key store for tests: keys in memory, answers through the event loop like the keychain, and
// either a keychain that works or one that is missing (the store then turns session-only on
// its first use and says so, as KeychainApiKeyStore does on a machine without one).
class FakeApiKeyStore final : public herb::SessionApiKeyStore
{
public:
    explicit FakeApiKeyStore(bool keychainAvailable = true)
        : m_available(keychainAvailable)
    { }

    void read(const QString &account) override
    {
        use();
        ++m_reads;
        SessionApiKeyStore::read(account);
    }
    void write(const QString &account, const QString &key) override
    {
        use();
        ++m_writes;
        SessionApiKeyStore::write(account, key);
    }
    void remove(const QString &account) override
    {
        use();
        SessionApiKeyStore::remove(account);
    }
    bool isSessionOnly() const override { return m_sessionOnly; }

    QString storedKey(const QString &account) const { return m_keys.value(account); }
    QStringList accounts() const { return m_keys.keys(); }
    int reads() const { return m_reads; }
    int writes() const { return m_writes; }

private:
    void use()
    {
        if (m_available || m_sessionOnly)
            return;
        m_sessionOnly = true;
        Q_EMIT sessionOnlyChanged(true);
    }

    bool m_available;
    bool m_sessionOnly = false;
    int m_reads = 0;
    int m_writes = 0;
};
