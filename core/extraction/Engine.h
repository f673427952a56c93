#pragma once

#include "EngineKind.h"
#include "dwc/DwcRecord.h"
#include "events/Event.h"

#include <QJsonObject>
#include <QObject>

namespace herb {

// What an engine made of one specimen.
struct EngineOutcome
{
    bool success = false;
    SpecimenError error; // failed only; kind from ErrorKind
    bool fatal = false; // the run cannot go on (bad key, no credit, unknown model)
    DwcRecord record;
    QString rawResponse; // truncated to 64 KiB
    TokenUsage usage;
    int attempts = 0;
    qint64 latencyMs = 0; // the engine's own time (model round trips, OCR)
    QString sha256; // of the image file, computed on the worker
    QJsonObject preparation; // how the image was read: orientation, rotation, sizes
};

// Turns specimen images into Darwin Core records. Asynchronous: submit() returns at once and
// finished() arrives later on the engine's thread, once per submitted specimen (a cancelled
// one included). The RunController drives both engines through this interface alone.
class Engine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Engine() override = default;

    virtual QString name() const = 0; // engineKindName() of the real engines
    virtual QString model() const = 0;
    virtual void submit(const QString &specimenId, const QString &imagePath) = 0;
    // A hint that `specimenId` will be submitted soon: an engine may do the local work of it
    // now (hash, decode, scale, encode), so that submit() sends it at once instead of waiting
    // for that work while the server idles. Nothing leaves the machine and nothing is reported
    // until submit(); a specimen prepared and never submitted (a halt) is only dropped. The
    // caller bounds how many are prepared ahead. Engines with nothing to gain ignore it.
    virtual void prepareAhead(const QString &specimenId, const QString &imagePath)
    {
        Q_UNUSED(specimenId);
        Q_UNUSED(imagePath);
    }
    // Stops everything in flight; each affected specimen finishes with kind "cancelled".
    virtual void abortAll() = 0;

Q_SIGNALS:
    void finished(const QString &specimenId, const herb::EngineOutcome &outcome);
    // The specimen waits before its next attempt (a server's Retry-After, a long backoff)
    // until `untilMs` (epoch); `why` is a user-facing sentence. A run that only waits must
    // say so rather than look hung.
    void waiting(const QString &specimenId, qint64 untilMs, const QString &why);
};

} // namespace herb

Q_DECLARE_METATYPE(herb::EngineOutcome)
