#pragma once

#include <QImage>
#include <QList>
#include <QObject>

template<typename T> class QFutureWatcher;

namespace herb {

// Smaller copies of a large sheet for SheetViewer, each half the size of the one before, made
// off the GUI thread. A fitted 40-megapixel sheet then paints and pans from a copy of a few
// megapixels, smoothly averaged, instead of sampling 40 megapixels on every paint (fast with
// bilinear sampling, but letters of a label shimmer when a scale far below 1 skips pixels).
// Until a copy is ready the viewer paints from the full image: the first paint of a new sheet
// never waits for it.
class SheetReductions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetReductions)

public:
    explicit SheetReductions(QObject *parent = nullptr);
    ~SheetReductions() override; // waits for a copy being made

    // Drops the copies of the previous image. `copies` made beforehand (halvings() of this
    // image, in a decoding thread) are taken as they are; deeper ones are made when asked for.
    void setImage(const QImage &image, const QList<QImage> &copies = {});
    // The smallest copy at least `scale` times the image's size (device pixels per image
    // pixel) that is ready, or the image itself.
    QImage bestFor(double scale) const;
    // Starts making the copies down to the one `scale` wants, if missing.
    void prepareFor(double scale);
    qsizetype readyCount() const { return m_levels.size(); }
    bool isBusy() const { return m_job != nullptr; }

    // How many halvings a sheet shown at `scale` wants: 0 from 0.5 up.
    static int levelsFor(double scale);
    // Up to `count` successive halvings of `image`, none below 64 pixels a side; any thread.
    static QList<QImage> halvings(const QImage &image, int count);

Q_SIGNALS:
    // A smaller copy became ready: repaint.
    void copiesAdded();

private:
    void startJob();

    QImage m_image;
    QList<QImage> m_levels; // m_levels[i] is 1 / 2^(i+1) of the image's size
    int m_wanted = 0;
    quint64 m_generation = 0;
    QFutureWatcher<QList<QImage>> *m_job = nullptr;
};

} // namespace herb
