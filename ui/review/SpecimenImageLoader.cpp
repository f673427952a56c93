#include "review/SpecimenImageLoader.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QPointer>
#include <QTransform>
#include <QtConcurrent/QtConcurrentRun>

namespace herb {

namespace {

struct Decoded
{
    QImage image;
    QString error;
};

} // namespace

SpecimenImageLoader::SpecimenImageLoader(QObject *parent)
    : QObject(parent)
{ }

SpecimenImageLoader::~SpecimenImageLoader()
{
    // A decode still running reads a file and may log a warning: let it end before its owner
    // (at exit, the whole application) goes, or it writes through handles already closed.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>())
        watcher->waitForFinished();
}

QImage SpecimenImageLoader::loadUpright(const QString &path, int rotationDegrees, QSize fitInto,
                                        QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize stored = reader.size();
    if (stored.isValid() && fitInto.isValid()) {
        // Qt scales before it applies the EXIF rotation: fit the stored size into the box
        // turned the same way, so a sideways-stored sheet fills the box once turned.
        const bool exifQuarterTurn
            = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        const bool quarterTurn = exifQuarterTurn != ((rotationDegrees / 90) % 2 != 0);
        const QSize box = quarterTurn ? fitInto.transposed() : fitInto;
        if (stored.width() > box.width() || stored.height() > box.height())
            reader.setScaledSize(stored.scaled(box, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = reader.errorString();
        return {};
    }
    if (rotationDegrees % 360 != 0)
        image = image.transformed(QTransform().rotate(rotationDegrees), Qt::SmoothTransformation);
    return image;
}

void SpecimenImageLoader::request(const QString &path, int rotationDegrees, QSize fitInto)
{
    const quint64 generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, path, generation] {
        --m_pending;
        const Decoded decoded = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation) // a newer selection supersedes this one
            Q_EMIT loaded(path, decoded.image, decoded.error);
    });
    watcher->setFuture(QtConcurrent::run([path, rotationDegrees, fitInto] {
        Decoded decoded;
        decoded.image = loadUpright(path, rotationDegrees, fitInto, &decoded.error);
        return decoded;
    }));
}

} // namespace herb
