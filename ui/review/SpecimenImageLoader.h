#pragma once

#include <QImage>
#include <QObject>
#include <QSize>

namespace herb {

// Decodes a specimen sheet for display off the GUI thread (sheets can be 40 megapixels):
// scaled while decoding to fit the display size, EXIF orientation applied, then the extra
// clockwise rotation the run recorded for a sheet stored sideways without a tag, so the
// image shows upright as the engine read it. Only the latest request is delivered.
class SpecimenImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecimenImageLoader)

public:
    explicit SpecimenImageLoader(QObject *parent = nullptr);
    ~SpecimenImageLoader() override;

    void request(const QString &path, int rotationDegrees, QSize fitInto);
    bool isLoading() const { return m_pending > 0; }

    // The decode itself, usable from any thread. An empty image and `error` when it fails.
    static QImage loadUpright(const QString &path, int rotationDegrees, QSize fitInto,
                              QString *error);

Q_SIGNALS:
    void loaded(const QString &path, const QImage &image, const QString &error);

private:
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace herb
