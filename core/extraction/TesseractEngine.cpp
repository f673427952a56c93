#include "TesseractEngine.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <tesseract/baseapi.h>

namespace herb {

TesseractEngine::TesseractEngine(OfflineSheetReader::Options options, int workers, QObject *parent)
    : Engine(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<herb::EngineOutcome>();
    m_pool.setMaxThreadCount(qMax(1, workers));
    m_pool.setExpiryTimeout(-1); // keep the threads, and so their Tesseract instances
}

TesseractEngine::~TesseractEngine()
{
    m_aborted.store(true);
    m_pool.waitForDone();
}

QString TesseractEngine::readinessError(const QString &languages)
{
    OfflineSheetReader::Options options;
    options.languages = languages;
    OfflineSheetReader reader(options);
    return reader.isReady() ? QString() : reader.errorString();
}

QString TesseractEngine::model() const
{
    return QStringLiteral("tesseract %1 (%2)")
        .arg(QString::fromLatin1(tesseract::TessBaseAPI::Version()), m_options.languages);
}

void TesseractEngine::submit(const QString &specimenId, const QString &imagePath)
{
    QtConcurrent::run(&m_pool, [this, imagePath] {
        if (m_aborted.load()) {
            EngineOutcome cancelled;
            cancelled.error = { ErrorKind::Cancelled, 0,
                                QStringLiteral("the run stopped before this sheet was read") };
            return cancelled;
        }
        if (!m_readers.hasLocalData())
            m_readers.setLocalData(new OfflineSheetReader(m_options));
        OfflineSheetReader *reader = m_readers.localData();
        if (!reader->isReady()) {
            EngineOutcome failed;
            failed.error = { ErrorKind::Parse, 0, reader->errorString() };
            failed.fatal = true;
            return failed;
        }
        return reader->read(imagePath);
    }).then(this, [this, specimenId](const EngineOutcome &outcome) {
        Q_EMIT finished(specimenId, outcome);
    });
}

void TesseractEngine::abortAll()
{
    // OCR already under way finishes (Tesseract has no cheap cancel); nothing new starts.
    m_aborted.store(true);
}

} // namespace herb
