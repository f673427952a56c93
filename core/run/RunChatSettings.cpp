#include "RunChatSettings.h"

namespace herb {

ChatClientSettings chatClientSettingsFor(const RunConfig &config)
{
    ChatClientSettings settings;
    settings.baseUrl = config.baseUrl;
    settings.model = config.model;
    settings.apiKey = config.apiKey;
    settings.timeoutMs = config.timeoutSeconds * 1000;
    settings.attemptDeadlineMs = config.attemptDeadlineSeconds * 1000;
    settings.maxTotalRetryWaitMs = config.maxRetryWaitSeconds * 1000;
    settings.openRouterDenyDataCollection = config.openRouterDenyDataCollection;
    settings.allowInsecureRemoteHttp = config.allowInsecureHttp;
    return settings;
}

} // namespace herb
