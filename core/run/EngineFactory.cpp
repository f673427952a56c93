#include "EngineFactory.h"

#include "RunChatSettings.h"
#include "extraction/OpenAiCompatibleEngine.h"
#include "extraction/TesseractEngine.h"

#include <QDir>
#include <QThread>

namespace herb {

std::unique_ptr<Engine> makeEngine(const RunConfig &config, const Prompt &prompt, QString *error)
{
    if (config.engine == EngineKind::OpenAi) {
        if (config.apiKey.isEmpty()) {
            *error = QStringLiteral("no API key: set %1 (or choose --engine tesseract)")
                         .arg(config.apiKeyEnv);
            return nullptr;
        }
        const ChatClientSettings settings = chatClientSettingsFor(config);
        if (const QString problem = settings.endpointProblem(); !problem.isEmpty()) {
            *error = problem;
            return nullptr;
        }
        ImagePreparationOptions preparation;
        preparation.maxSide = config.maxSide;
        auto engine = std::make_unique<OpenAiCompatibleEngine>(
            settings, prompt, preparation, config.minCoreFields,
            qMax(2, QThread::idealThreadCount()));
        // A resume does not read the sideways sheets both ways again.
        if (!config.outFolder.isEmpty())
            engine->useOrientationCache(
                QDir(config.outFolder).filePath(QStringLiteral("orientations.jsonl")));
        return engine;
    }
    if (const QString problem = TesseractEngine::readinessError(config.ocrLanguages);
        !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    OfflineSheetReader::Options options;
    options.languages = config.ocrLanguages;
    options.minCoreFields = config.minCoreFields;
    return std::make_unique<TesseractEngine>(options, config.concurrency);
}

} // namespace herb
