#pragma once

#include "ChatClientSettings.h"
#include "ChatResult.h"
#include "Engine.h"
#include "ModelOutputParser.h"
#include "OrientationCache.h"
#include "Prompt.h"
#include "VisionPreparation.h"
#include "specimens/ImagePreparer.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>
#include <QThreadStorage>

namespace herb {

class ChatCompletionClient;

// The vision-model engine: each image is hashed and prepared (EXIF orientation, scaled to the
// upload size, JPEG) on a thread pool, sent with the prompt to an OpenAI-compatible
// chat-completions endpoint, and the answer parsed into a Darwin Core record.
class OpenAiCompatibleEngine final : public Engine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenAiCompatibleEngine)

public:
    OpenAiCompatibleEngine(const ChatClientSettings &settings, const Prompt &prompt,
                           ImagePreparationOptions preparation, int minCoreFields, int workers,
                           QObject *parent = nullptr);
    ~OpenAiCompatibleEngine() override;

    QString name() const override { return engineKindName(EngineKind::OpenAi); }
    QString model() const override;
    void submit(const QString &specimenId, const QString &imagePath) override;
    // Keeps the orientation checks in `path` (the run folder's orientations.jsonl) and reads
    // back those of an earlier session. Before the first submit().
    void useOrientationCache(const QString &path);
    void prepareAhead(const QString &specimenId, const QString &imagePath) override;
    void abortAll() override;

private:
    QFuture<VisionPreparation::Result> startPreparation(const QString &imagePath);
    void onPrepared(const QString &specimenId, const VisionPreparation::Result &prepared);
    void onAnswer(const QString &specimenId, const ChatResult &result);

    ChatCompletionClient *m_client;
    Prompt m_prompt;
    ImagePreparer m_preparer;
    ModelOutputParser m_parser;
    std::unique_ptr<OrientationCache> m_orientations; // shared by the pool's preparations
    // Declared before the pool so it outlives the pool's threads, which delete their
    // VisionPreparation as they exit.
    QThreadStorage<VisionPreparation *> m_preparations; // one per pool thread
    QThreadPool m_pool;
    QHash<QString, EngineOutcome> m_pending; // sent to the model, waiting for the answer
    QHash<QString, QStringList> m_barcodes; // of the specimens in m_pending
    // Prepared (or being prepared) on the pool ahead of their submit(); the controller bounds
    // how many (about one concurrency's worth).
    QHash<QString, QFuture<VisionPreparation::Result>> m_ahead;
    bool m_submitting = false;
    bool m_aborted = false;
};

} // namespace herb
