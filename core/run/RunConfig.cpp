#include "RunConfig.h"

#include <QDir>

namespace herb {

QJsonObject RunConfig::toJson() const
{
    QJsonObject json {
        { QStringLiteral("images"), QDir::toNativeSeparators(QDir(imagesFolder).absolutePath()) },
        { QStringLiteral("out"), QDir::toNativeSeparators(QDir(outFolder).absolutePath()) },
        { QStringLiteral("prompt"),
          promptPath.isEmpty() ? QStringLiteral("built-in") : promptPath },
        { QStringLiteral("engine"), engine },
        { QStringLiteral("concurrency"), concurrency },
        { QStringLiteral("limit"), limit },
        { QStringLiteral("min_core_fields"), minCoreFields },
        { QStringLiteral("max_side"), maxSide },
        { QStringLiteral("timeout_s"), timeoutSeconds },
        { QStringLiteral("attempt_deadline_s"), attemptDeadlineSeconds },
        { QStringLiteral("max_retry_wait_s"), maxRetryWaitSeconds },
        { QStringLiteral("thresholds"), validation.toJson() },
        { QStringLiteral("export"),
          QJsonObject {
              { QStringLiteral("institution_code"), exportSettings.institutionCode },
              { QStringLiteral("collection_code"), exportSettings.collectionCode },
              { QStringLiteral("license"), exportSettings.license },
              { QStringLiteral("title"), exportSettings.title },
          } },
    };
    if (engine == QLatin1String("openai")) {
        json.insert(QStringLiteral("model"), model);
        // The endpoint without user info or query, and the key's variable name, never the key.
        json.insert(QStringLiteral("endpoint"),
                    baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString());
        json.insert(QStringLiteral("api_key_env"), apiKeyEnv);
        json.insert(QStringLiteral("deny_data_collection"), openRouterDenyDataCollection);
    } else {
        json.insert(QStringLiteral("ocr_languages"), ocrLanguages);
    }
    return json;
}

} // namespace herb
