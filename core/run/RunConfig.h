#pragma once

#include "dwc/DwcExportSettings.h"
#include "extraction/EngineKind.h"
#include "monitor/ValidationSettings.h"
#include "trust/TrustSettings.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace herb {

// Everything a run needs, from the command line or the GUI. The API key lives here in memory
// only: toJson() (run.json, extraction.started) never includes it.
struct RunConfig
{
    QString imagesFolder;
    QString outFolder; // the run folder
    QString promptPath; // empty: the built-in prompt
    EngineKind engine = EngineKind::OpenAi;
    QString model = QStringLiteral("openai/gpt-4o-mini");
    QUrl baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    QString apiKeyEnv = QStringLiteral("OPENROUTER_API_KEY");
    QString apiKey; // never serialised
    bool openRouterDenyDataCollection = false;
    bool allowInsecureHttp = false;
    int concurrency = 4;
    bool resume = false;
    bool allowFolderChange = false; // resume with another image folder than the run's
    int limit = 0; // 0: all
    bool dryRun = false;
    ValidationSettings validation;
    int minCoreFields = 3;
    int maxSide = 2048;
    QString ocrLanguages = QStringLiteral("eng");
    int timeoutSeconds = 120; // inactivity: no byte for this long ends an attempt
    int attemptDeadlineSeconds = 300; // total: a server trickling bytes cannot hold an attempt
    int maxRetryWaitSeconds = 600; // total wait between attempts of one specimen (Retry-After)
    DwcExportSettings exportSettings;
    TrustSettings trust; // --trust-checks, --halt-on
    // Where GBIF's answers are kept, one file per name; empty: the user's cache folder.
    QString gbifCacheFolder;

    QJsonObject toJson() const;
};

} // namespace herb
