#pragma once

#include "Preflight.h"
#include "RunConfig.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace herb {

class EndpointPreflight;
struct PreflightResult;

// The engine half of a preflight that sends no image (the window's Check): for the vision
// engine, EndpointPreflight asks the server whether it takes the key and lists the model; for
// the offline engine, Tesseract is started with its language data on a pool thread. Its
// findings are those of the local half (Preflight.h), so a front end shows both alike.
// finished() always comes through the event loop; a new start() drops the previous check.
class EngineCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineCheck)

public:
    explicit EngineCheck(QObject *parent = nullptr);
    ~EngineCheck() override;

    void start(const RunConfig &config);

    // The server's answer in plain words: reachable, key accepted, model listed (with a
    // suggestion for a misspelt one).
    static QList<PreflightFinding> endpointFindings(const RunConfig &config,
                                                    const PreflightResult &result);

Q_SIGNALS:
    void finished(const QList<herb::PreflightFinding> &findings);

private:
    QPointer<EndpointPreflight> m_endpoint;
    int m_generation = 0;
};

} // namespace herb
