#include "EndpointPreflight.h"

#include "ChatReplyClassifier.h"
#include "ModelIdMatcher.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTimer>

namespace herb {

namespace {

constexpr int kMaxPreflightTimeoutMs = 30000;

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

EndpointPreflight::EndpointPreflight(ChatClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<herb::PreflightResult>();
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // A redirect is reported, never followed: the key must not travel to another origin.
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

EndpointPreflight::~EndpointPreflight()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

PreflightResult EndpointPreflight::run(const ChatClientSettings &settings, KeyCheck check)
{
    EndpointPreflight preflight(settings);
    preflight.setKeyCheck(check);
    QEventLoop loop;
    connect(&preflight, &EndpointPreflight::finished, &loop, &QEventLoop::quit);
    preflight.start();
    loop.exec();
    return preflight.result();
}

void EndpointPreflight::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    const QString problem = m_settings.endpointProblem();
    if (!problem.isEmpty()) {
        m_result.settingsOk = false;
        m_result.message = problem;
        QTimer::singleShot(0, this, &EndpointPreflight::finish);
        return;
    }
    const bool keyEndpoint = m_keyCheck == KeyCheck::KeyEndpoint
        || (m_keyCheck == KeyCheck::Auto && m_settings.isOpenRouter());
    if (keyEndpoint)
        get(QStringLiteral("key"), &EndpointPreflight::onKeyReply);
    else
        get(QStringLiteral("models"), &EndpointPreflight::onModelsReply);
}

void EndpointPreflight::get(const QString &relativePath,
                            void (EndpointPreflight::*handler)(QNetworkReply *))
{
    QNetworkRequest request(m_settings.endpoint(relativePath));
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    request.setTransferTimeout(std::min(m_settings.timeoutMs, kMaxPreflightTimeoutMs));
    QNetworkReply *reply = m_manager->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler] {
        reply->deleteLater();
        m_reply = nullptr;
        (this->*handler)(reply);
    });
}

bool EndpointPreflight::handledUnreachable(QNetworkReply *reply)
{
    if (statusOf(reply) != 0)
        return false;
    m_result.reachable = false;
    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError;
    m_result.message = timedOut
        ? QStringLiteral("%1 did not answer in time").arg(m_settings.baseUrl.host())
        : QStringLiteral("cannot reach %1: %2")
              .arg(m_settings.baseUrl.host(), reply->errorString());
    finish();
    return true;
}

bool EndpointPreflight::handledRefusedKey(int status, const QByteArray &body)
{
    if (status != 401 && status != 403)
        return false;
    m_result.keyChecked = true;
    m_result.keyOk = false;
    m_result.message = QStringLiteral("the API key was refused by %1 (HTTP %2: %3)")
                           .arg(m_settings.baseUrl.host())
                           .arg(status)
                           .arg(ChatReplyClassifier::serverMessage(body));
    finish();
    return true;
}

void EndpointPreflight::onKeyReply(QNetworkReply *reply)
{
    if (handledUnreachable(reply))
        return;
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (handledRefusedKey(status, body))
        return;
    if (status == 200 && QJsonDocument::fromJson(body).object().contains(QStringLiteral("data"))) {
        m_result.keyChecked = true;
        m_result.keyOk = true;
    }
    // Anything else leaves the key unchecked; the model list may still be there.
    get(QStringLiteral("models"), &EndpointPreflight::onModelsReply);
}

void EndpointPreflight::onModelsReply(QNetworkReply *reply)
{
    if (handledUnreachable(reply))
        return;
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (handledRefusedKey(status, body))
        return;
    bool isList = false;
    const QStringList ids = status == 200 ? modelIds(body, &isList) : QStringList();
    if (!isList) {
        m_result.message = QStringLiteral("%1 cannot list its models (%2); the first specimens "
                                          "will show whether the key and model work")
                               .arg(m_settings.baseUrl.host(),
                                    status == 200 ? QStringLiteral("the answer is not a model list")
                                                  : QStringLiteral("HTTP %1").arg(status));
        finish();
        return;
    }
    if (!m_result.keyChecked && !m_settings.apiKey.isEmpty()) {
        // These servers list models only for a valid key (OpenAI and most compatible ones).
        m_result.keyChecked = true;
        m_result.keyOk = true;
    }
    checkModel(ids);
    finish();
}

void EndpointPreflight::checkModel(const QStringList &ids)
{
    m_result.availableModels = ids;
    m_result.modelChecked = true;
    m_result.modelOk = ids.contains(m_settings.model);
    if (m_result.modelOk) {
        m_result.message = QStringLiteral("key and model '%1' accepted").arg(m_settings.model);
        return;
    }
    m_result.suggestedModel = ModelIdMatcher::closest(m_settings.model, ids);
    m_result.message = m_result.suggestedModel.isEmpty()
        ? QStringLiteral("unknown model '%1': %2 does not list it")
              .arg(m_settings.model, m_settings.baseUrl.host())
        : QStringLiteral("unknown model '%1'; did you mean '%2'?")
              .arg(m_settings.model, m_result.suggestedModel);
}

QStringList EndpointPreflight::modelIds(const QByteArray &body, bool *isList)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QJsonArray entries;
    *isList = true;
    if (document.isArray()) {
        entries = document.array();
    } else if (document.object().value(QStringLiteral("data")).isArray()) {
        entries = document.object().value(QStringLiteral("data")).toArray();
    } else if (document.object().value(QStringLiteral("models")).isArray()) {
        entries = document.object().value(QStringLiteral("models")).toArray(); // Ollama
    } else {
        *isList = false;
        return {};
    }
    QStringList ids;
    for (const QJsonValue &entry : std::as_const(entries)) {
        if (entry.isString()) {
            ids.append(entry.toString());
            continue;
        }
        const QJsonObject object = entry.toObject();
        for (const QString &key :
             { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("model") }) {
            if (object.value(key).isString()) {
                ids.append(object.value(key).toString());
                break;
            }
        }
    }
    return ids;
}

void EndpointPreflight::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_result.message = scrubbed(m_result.message);
    emit finished(m_result);
}

QString EndpointPreflight::scrubbed(QString text) const
{
    if (!m_settings.apiKey.isEmpty())
        text.replace(m_settings.apiKey, QStringLiteral("[api key]"));
    return text;
}

} // namespace herb
