#pragma once

#include "extraction/Engine.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace herb::test {

// A stand-in engine for driving RunController alone: no model, no OCR. Each submitted specimen
// finishes with what the script says (its file is hashed, as a real engine does, so a resume
// can tell it unchanged). It answers one event-loop turn after submit(), as a real engine
// answers asynchronously, or, when held, only once the test calls release(): a test can then
// keep specimens in flight while it halts or interrupts the run. abortAll() finishes every
// unanswered specimen with kind "cancelled", as the real engines do.
class ScriptedEngine final : public Engine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedEngine)

public:
    // The outcome for a specimen, from its id and file name (sha256 is filled in afterwards).
    using Script = std::function<EngineOutcome(const QString &specimenId)>;

    // What the engine saw. Shared, so the test still reads it once the controller has deleted
    // the engine at the end of the session.
    struct Log
    {
        QStringList submitted; // specimen ids, in submission order
        QStringList preparedAhead; // prepareAhead() hints, in order
        int ahead = 0; // hinted and not submitted yet
        int maxAhead = 0;
        int inFlight = 0;
        int maxInFlight = 0;
        int aborts = 0; // abortAll() calls
        int cancelled = 0; // specimens finished as "cancelled"
    };

    ScriptedEngine(Script script, std::shared_ptr<Log> log, bool held = false,
                   QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("scripted"); }
    QString model() const override { return QStringLiteral("script"); }
    void submit(const QString &specimenId, const QString &imagePath) override;
    void prepareAhead(const QString &specimenId, const QString &imagePath) override;
    void abortAll() override;

    // Answers every specimen held so far (held engines only).
    void release();
    int heldCount() const { return int(m_waiting.size()); }

    static EngineOutcome success(int fields = 5);
    static EngineOutcome failure(ErrorKind kind, bool fatal = false, int status = 0);

private:
    void answer(const QString &specimenId);

    struct Waiting
    {
        QString specimenId;
        EngineOutcome outcome;
    };

    Script m_script;
    std::shared_ptr<Log> m_log;
    bool m_held;
    QList<Waiting> m_waiting; // submitted, not answered yet
};

} // namespace herb::test
