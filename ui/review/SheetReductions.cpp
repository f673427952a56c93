#include "review/SheetReductions.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace herb {

namespace {

constexpr int kMaxLevels = 8; // 1/256: a 40-megapixel sheet becomes 20 x 30 pixels
constexpr int kSmallestSide = 64; // no copies of what is already small

} // namespace

// Each averages 2 x 2 pixels (Qt's smooth scaling, multithreaded: a plain loop over 2 x 2
// pixels measured twice as slow).
QList<QImage> SheetReductions::halvings(const QImage &image, int count)
{
    QImage from = image;
    QList<QImage> out;
    for (int i = 0; i < count && std::min(from.width(), from.height()) >= 2 * kSmallestSide; ++i) {
        from = from.scaled(from.width() / 2, from.height() / 2, Qt::IgnoreAspectRatio,
                           Qt::SmoothTransformation);
        out.append(from);
    }
    return out;
}

SheetReductions::SheetReductions(QObject *parent)
    : QObject(parent)
{ }

SheetReductions::~SheetReductions()
{
    // The job reads the image the viewer owns and is cheap to finish.
    if (m_job)
        m_job->waitForFinished();
}

int SheetReductions::levelsFor(double scale)
{
    if (!(scale > 0.0) || scale >= 0.5)
        return 0;
    return std::min(kMaxLevels, int(std::floor(std::log2(1.0 / scale))));
}

void SheetReductions::setImage(const QImage &image, const QList<QImage> &copies)
{
    ++m_generation; // a job for the previous image still ends, and its copies are dropped
    m_image = image;
    m_levels = copies;
    m_wanted = int(copies.size());
}

QImage SheetReductions::bestFor(double scale) const
{
    const int level = std::min<int>(levelsFor(scale), int(m_levels.size()));
    return level == 0 ? m_image : m_levels.at(level - 1);
}

void SheetReductions::prepareFor(double scale)
{
    m_wanted = std::max(m_wanted, levelsFor(scale));
    if (!m_job && m_levels.size() < m_wanted && !m_image.isNull())
        startJob();
}

void SheetReductions::startJob()
{
    const QImage from = m_levels.isEmpty() ? m_image : m_levels.last();
    const int count = m_wanted - int(m_levels.size());
    const quint64 generation = m_generation;
    m_job = new QFutureWatcher<QList<QImage>>(this);
    connect(m_job, &QFutureWatcher<QList<QImage>>::finished, this, [this, generation] {
        const QList<QImage> copies = m_job->result();
        m_job->deleteLater();
        m_job = nullptr;
        if (generation != m_generation) { // a new sheet came meanwhile
            prepareFor(0.0);
            return;
        }
        if (copies.isEmpty()) { // the image is too small for more copies
            m_wanted = int(m_levels.size());
            return;
        }
        m_levels.append(copies);
        Q_EMIT copiesAdded();
        prepareFor(0.0); // deeper copies asked for while this one was made
    });
    m_job->setFuture(QtConcurrent::run(&SheetReductions::halvings, from, count));
}

} // namespace herb
