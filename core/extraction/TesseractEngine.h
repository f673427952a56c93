#pragma once

#include "Engine.h"
#include "OfflineSheetReader.h"

#include <QThreadPool>
#include <QThreadStorage>

#include <atomic>

namespace herb {

// The offline engine: no account, no key, no network. Each worker thread of its pool keeps its
// own OfflineSheetReader (Tesseract instances are not thread-safe, and creating one costs about
// a third of a second). Debian's libtesseract uses OpenMP: main() makes sure OMP_THREAD_LIMIT=1
// is set before the process starts, so N workers use N cores, not N x cores.
class TesseractEngine final : public Engine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TesseractEngine)

public:
    TesseractEngine(OfflineSheetReader::Options options, int workers, QObject *parent = nullptr);
    ~TesseractEngine() override;

    // Checks on the calling thread that Tesseract starts with the languages asked for.
    static QString readinessError(const QString &languages);

    QString name() const override { return engineKindName(EngineKind::Tesseract); }
    QString model() const override;
    void submit(const QString &specimenId, const QString &imagePath) override;
    void abortAll() override;

private:
    OfflineSheetReader::Options m_options;
    // Declared before the pool so it outlives the pool's threads, which delete their reader
    // as they exit.
    QThreadStorage<OfflineSheetReader *> m_readers;
    QThreadPool m_pool;
    std::atomic<bool> m_aborted { false };
};

} // namespace herb
