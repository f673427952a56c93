#pragma once

#include <QObject>

class QAction;
class QLabel;
class QLineEdit;

namespace herb {

class ApiKeyStore;

// Ties the setup panel's API key field to an ApiKeyStore: the key is filed under the base URL's
// host, read back into an empty field, cleared when the base URL moves to another host (one
// endpoint's key is never sent to another), and the notice label says so when the store keeps
// keys for this session only.
class ApiKeyField final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyField)

public:
    ApiKeyField(QLineEdit *key, QLineEdit *baseUrl, QLabel *notice, ApiKeyStore *store,
                QObject *parent = nullptr);

    void store(); // the field's key, when not empty
    void read(); // fills the field when it is still empty
    void forget(); // clears the field and removes the endpoint's key from the store
    ApiKeyStore *keyStore() const { return m_store; }
    QString noticeText() const;

private:
    QString account() const;
    void onRead(const QString &account, const QString &key);
    void onBaseUrlEdited();
    void showNotice();

    QLineEdit *m_key;
    QLineEdit *m_baseUrl;
    QLabel *m_notice;
    ApiKeyStore *m_store;
    QAction *m_forget;
    QString m_accountShown; // the account whose stored key the field holds, if any
};

} // namespace herb
