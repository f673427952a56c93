#pragma once

#include "run/RunConfig.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace herb {

class EngineCheck;

// One line of the "Check" results, in plain words.
struct SetupFinding
{
    enum class Level
    {
        Ok,
        Warning,
        Error,
    };
    Level level = Level::Ok;
    QString text;
};

// The preflight of a run without running it, for the setup panel's "Check" button: the local
// checks of core/run/Preflight (prompt readable and not empty, images in the folder, run folder
// writable), then the engine half of core/run/EngineCheck (for the vision engine, key accepted
// and model listed; for the offline engine, Tesseract's language data). Nothing is created on disk
// and no image is sent. The folder listing and Tesseract's start run on pool threads, the network
// part in the event loop: the GUI thread never waits, and finished() always comes through the event
// loop.
class SetupCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupCheck)

public:
    explicit SetupCheck(QObject *parent = nullptr);
    ~SetupCheck() override;

    void start(const RunConfig &config);
    bool isRunning() const { return m_running; }
    const QList<SetupFinding> &findings() const { return m_findings; }
    bool hasErrors() const;

    // The local half, synchronous (reads the folder listing and the prompt file); start() runs
    // it on a pool thread. `keepListing` returning false stops the listing (Preflight.h).
    static QList<SetupFinding> localFindings(const RunConfig &config,
                                             const std::function<bool()> &keepListing = {});

Q_SIGNALS:
    void finished(const QList<herb::SetupFinding> &findings);

private:
    void checkEngine(const RunConfig &config, int generation);
    void finish();

    QList<SetupFinding> m_findings;
    EngineCheck *m_engineCheck; // the engine half: key and model, or Tesseract
    // Set to stop the listing of the local half still running (a new start(), the window
    // closing): the listing ends at its next 1,024 entries instead of running to its end.
    std::shared_ptr<std::atomic<bool>> m_stopListing;
    bool m_running = false;
    int m_generation = 0; // a new start() disowns the answers of the previous one
};

} // namespace herb

Q_DECLARE_METATYPE(herb::SetupFinding)
