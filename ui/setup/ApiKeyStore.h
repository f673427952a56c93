#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace herb {

// Where the window keeps API keys between sessions, one per endpoint host (accountFor()).
// Every call answers later through a signal, never from inside the call, as a keychain does.
// A key never goes to QSettings, a log or a message: the system keychain holds it, or, when
// none answers, this process's memory until it exits (isSessionOnly()).
class ApiKeyStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class Status
    {
        Ok,
        NotFound, // nothing stored for that account
        Failed, // the store answered with an error; the key was not kept
    };
    Q_ENUM(Status)

    // The keychain's service name: every key of the application is filed under it.
    static QString serviceName() { return QStringLiteral("Herbstream"); }
    // The account a key is filed under: the endpoint's host, lower case ("openrouter.ai").
    static QString accountFor(const QUrl &baseUrl);

    virtual void read(const QString &account) = 0;
    virtual void write(const QString &account, const QString &key) = 0;
    virtual void remove(const QString &account) = 0;
    // True once keys are held in memory only, for this session (no keychain answered).
    virtual bool isSessionOnly() const = 0;

Q_SIGNALS:
    void readFinished(const QString &account, const QString &key, herb::ApiKeyStore::Status status);
    void writeFinished(const QString &account, herb::ApiKeyStore::Status status);
    void removeFinished(const QString &account, herb::ApiKeyStore::Status status);
    // Emitted once, when the store falls back to memory: the user must be told.
    void sessionOnlyChanged(bool sessionOnly);

protected:
    explicit ApiKeyStore(QObject *parent = nullptr);
};

// Keys in memory for this session only: the fallback when no keychain answers.
class SessionApiKeyStore : public ApiKeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionApiKeyStore)

public:
    explicit SessionApiKeyStore(QObject *parent = nullptr);

    void read(const QString &account) override;
    void write(const QString &account, const QString &key) override;
    void remove(const QString &account) override;
    bool isSessionOnly() const override { return true; }

protected:
    // Answers through the event loop, as the keychain would.
    void answerLater(std::function<void()> answer);

    QHash<QString, QString> m_keys;
};

} // namespace herb
