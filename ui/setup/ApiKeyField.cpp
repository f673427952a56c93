#include "setup/ApiKeyField.h"

#include "setup/ApiKeyStore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace herb {

ApiKeyField::ApiKeyField(QLineEdit *key, QLineEdit *baseUrl, QLabel *notice, ApiKeyStore *store,
                         QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_baseUrl(baseUrl)
    , m_notice(notice)
    , m_store(store)
    , m_forget(new QAction(tr("Forget the stored key"), key))
{
    // In the field itself: the one place a curator looks for the key.
    m_forget->setToolTip(tr("Clear the key and remove it from the keychain"));
    m_forget->setIcon(key->style()->standardIcon(QStyle::SP_LineEditClearButton));
    key->addAction(m_forget, QLineEdit::TrailingPosition);
    connect(m_forget, &QAction::triggered, this, &ApiKeyField::forget);
    m_notice->setAccessibleName(tr("API key storage"));
    m_notice->setWordWrap(true);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &ApiKeyField::onBaseUrlEdited);
    connect(m_store, &ApiKeyStore::readFinished, this,
            [this](const QString &account, const QString &value) { onRead(account, value); });
    connect(m_store, &ApiKeyStore::sessionOnlyChanged, this, &ApiKeyField::showNotice);
    showNotice();
}

QString ApiKeyField::account() const
{
    return ApiKeyStore::accountFor(QUrl(m_baseUrl->text().trimmed()));
}

void ApiKeyField::store()
{
    if (!m_key->text().isEmpty())
        m_store->write(account(), m_key->text());
}

void ApiKeyField::read()
{
    m_store->read(account());
}

void ApiKeyField::forget()
{
    m_key->clear();
    m_accountShown.clear();
    m_store->remove(account());
}

void ApiKeyField::onRead(const QString &account, const QString &key)
{
    // A key typed meanwhile wins over the stored one.
    if (key.isEmpty() || account != this->account() || !m_key->text().isEmpty())
        return;
    m_key->setText(key);
    m_accountShown = account;
}

void ApiKeyField::onBaseUrlEdited()
{
    if (!m_accountShown.isEmpty() && m_accountShown != account()) {
        m_key->clear();
        m_accountShown.clear();
    }
    if (m_key->text().isEmpty())
        read();
}

void ApiKeyField::showNotice()
{
    const bool sessionOnly = m_store->isSessionOnly();
    m_notice->setText(sessionOnly ? tr("No keychain available: the API key is kept until "
                                       "Herbstream closes.")
                                  : QString());
    m_notice->setVisible(sessionOnly);
    m_key->setPlaceholderText(sessionOnly ? tr("Kept until Herbstream closes")
                                          : tr("Kept in the system keychain"));
}

QString ApiKeyField::noticeText() const
{
    return m_notice->isVisibleTo(m_notice->parentWidget()) ? m_notice->text() : QString();
}

} // namespace herb
