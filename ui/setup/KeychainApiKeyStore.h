#pragma once

#include "setup/ApiKeyStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

namespace herb {

// The system keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows), service ApiKeyStore::serviceName(), account = endpoint host.
// QtKeychain's own plain-text fallback stays off. When the keychain cannot be reached
// (no backend, no D-Bus session, a headless machine: QtKeychain says NoBackendAvailable or
// OtherError), or the user refuses access, the store falls back to memory for the rest of the
// session, emits sessionOnlyChanged(true) and completes the pending call there.
class KeychainApiKeyStore final : public SessionApiKeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainApiKeyStore)

public:
    explicit KeychainApiKeyStore(QObject *parent = nullptr);

    void read(const QString &account) override;
    void write(const QString &account, const QString &key) override;
    void remove(const QString &account) override;
    bool isSessionOnly() const override { return m_sessionOnly; }

private:
    // True when the job's error means "no usable keychain here".
    bool fellBack(const QKeychain::Job *job);
    // Starts `job` for `account`; when it ends, `inMemory` if the keychain is unusable (the
    // call is completed by the session store), else `answered` with the finished job.
    void start(QKeychain::Job *job, const QString &account, std::function<void()> inMemory,
               std::function<void(const QKeychain::Job &)> answered);

    bool m_sessionOnly = false;
};

} // namespace herb
