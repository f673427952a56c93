#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace herb {

class SheetReductions;

// One specimen sheet, upright, to be read closely: fit to the window, 100 %, a "label" preset
// on the lower-right quarter where most labels are, zoom with the wheel, a pinch or keys, pan
// by dragging. The zoom chosen is kept from one sheet to the next.
//
// A custom-painted QWidget rather than a QAbstractScrollArea: the view is a scale and the image
// point at its centre, zoomed about a cursor or a pinch and panned by dragging; scroll bars
// would add a second description of the same position (their ranges and values, rescaled at
// every zoom step) and take room from the sheet. Only the visible part of the image is painted,
// from a smaller copy made off the GUI thread when the scale is below 1/2 (SheetReductions).
class SheetViewer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetViewer)

public:
    enum class ZoomMode
    {
        Fit, // the whole sheet, re-fitted when the widget changes size
        ActualSize, // one image pixel per device pixel
        Label, // the lower-right quarter fills the widget, its corner in view
        Custom, // a scale chosen with the wheel, a pinch or zoomIn()/zoomOut()
    };
    Q_ENUM(ZoomMode)

    explicit SheetViewer(QWidget *parent = nullptr);
    ~SheetViewer() override;

    // Keeps the zoom mode: Fit, ActualSize and Label apply to the new sheet; Custom keeps the
    // scale and the centre relative to the sheet's size. A null image shows nothing.
    // `halvings`: smaller copies made with the decode (SheetImageCache::halvings), each half
    // the one before; without them the viewer makes those it needs, off the GUI thread.
    void setImage(const QImage &image, const QList<QImage> &halvings = {});
    // No image: `text` centred instead (loading, or an error that names the file).
    void setMessage(const QString &text);

    QImage image() const { return m_image; }
    QString message() const { return m_message; }
    ZoomMode zoomMode() const { return m_mode; }
    // Device-independent pixels per image pixel.
    double scale() const { return m_scale; }
    // The part of the image on screen, in image pixels; empty without an image.
    QRectF visibleImageRect() const;
    // Where the whole image lies, in widget coordinates (may reach beyond the widget).
    QRectF imageGeometry() const;
    // Widget coordinates to image pixels and back.
    QPointF mapToImage(QPointF widgetPoint) const;
    QPointF mapFromImage(QPointF imagePoint) const;
    QSize sizeHint() const override { return { 480, 640 }; }

public Q_SLOTS:
    void fitToWindow();
    void showActualSize();
    void showLabel();
    void zoomIn();
    void zoomOut();
    // Multiplies the scale by `factor` (clamped), keeping the image point under `anchorInWidget`
    // where it is. The mode becomes Custom.
    void zoomBy(double factor, QPointF anchorInWidget);

Q_SIGNALS:
    void zoomChanged(herb::SheetViewer::ZoomMode mode, double scale);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyMode(ZoomMode mode); // the scale and centre `mode` asks for, on this image and size
    void setView(ZoomMode mode, double scale, QPointF centre);
    QPointF clampedCentre(QPointF centre, double scale) const;
    double clampedScale(double scale) const;
    double fitScale() const;
    double actualScale() const;
    QPointF viewportCentre() const;

    QImage m_image;
    QString m_message;
    QSizeF m_lastImageSize; // kept through a message, for the next sheet's relative centre
    ZoomMode m_mode = ZoomMode::Fit;
    double m_scale = 1.0;
    QPointF m_centre; // the image point at the widget's centre
    bool m_dragging = false;
    QPointF m_dragFrom;
    SheetReductions *m_reductions = nullptr;
};

} // namespace herb
