#include "review/SheetViewer.h"

#include "review/SheetReductions.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace herb {

namespace {

constexpr double kStep = 1.25; // one wheel notch, one key press
constexpr double kMaxScale = 8.0;
constexpr double kWheelNotch = 120.0; // QWheelEvent::angleDelta() of one notch

} // namespace

SheetViewer::SheetViewer(QWidget *parent)
    : QWidget(parent)
    , m_reductions(new SheetReductions(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent fills every pixel
    grabGesture(Qt::PinchGesture);
    connect(m_reductions, &SheetReductions::copiesAdded, this, qOverload<>(&QWidget::update));
}

SheetViewer::~SheetViewer() = default;

void SheetViewer::setImage(const QImage &image, const QList<QImage> &halvings)
{
    const QSizeF before = m_lastImageSize;
    const QPointF relative = before.isEmpty()
        ? QPointF(0.5, 0.5)
        : QPointF(m_centre.x() / before.width(), m_centre.y() / before.height());
    m_image = image;
    m_message.clear();
    m_reductions->setImage(image, halvings);
    if (!image.isNull()) {
        m_lastImageSize = image.size();
        m_centre = QPointF(relative.x() * image.width(), relative.y() * image.height());
        setCursor(Qt::OpenHandCursor);
    } else {
        unsetCursor();
    }
    applyMode(m_mode);
    update();
}

void SheetViewer::setMessage(const QString &text)
{
    m_image = QImage();
    m_reductions->setImage(m_image);
    m_message = text;
    unsetCursor();
    update();
}

QPointF SheetViewer::viewportCentre() const
{
    return { width() / 2.0, height() / 2.0 };
}

QPointF SheetViewer::mapToImage(QPointF widgetPoint) const
{
    return (widgetPoint - viewportCentre()) / m_scale + m_centre;
}

QPointF SheetViewer::mapFromImage(QPointF imagePoint) const
{
    return (imagePoint - m_centre) * m_scale + viewportCentre();
}

QRectF SheetViewer::imageGeometry() const
{
    if (m_image.isNull())
        return {};
    return { mapFromImage(QPointF(0, 0)), QSizeF(m_image.size()) * m_scale };
}

QRectF SheetViewer::visibleImageRect() const
{
    if (m_image.isNull())
        return {};
    const QRectF view(mapToImage(QPointF(0, 0)), mapToImage(QPointF(width(), height())));
    return view.intersected(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
}

double SheetViewer::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    return std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
}

double SheetViewer::actualScale() const
{
    return 1.0 / devicePixelRatioF();
}

double SheetViewer::clampedScale(double scale) const
{
    const double fit = fitScale();
    const double lowest = std::min(fit / 4.0, actualScale());
    const double highest = std::max(kMaxScale, fit);
    return std::clamp(scale, lowest, highest);
}

QPointF SheetViewer::clampedCentre(QPointF centre, double scale) const
{
    // A sheet smaller than the widget stays centred; a larger one leaves no gap at its edges.
    const auto axis = [scale](double c, double imageSide, double viewSide) {
        const double half = viewSide / (2.0 * scale);
        if (imageSide * scale <= viewSide)
            return imageSide / 2.0;
        return std::clamp(c, half, imageSide - half);
    };
    return { axis(centre.x(), m_image.width(), width()),
             axis(centre.y(), m_image.height(), height()) };
}

void SheetViewer::setView(ZoomMode mode, double scale, QPointF centre)
{
    const bool changed = mode != m_mode || !qFuzzyCompare(scale, m_scale);
    m_mode = mode;
    if (!m_image.isNull()) {
        m_scale = clampedScale(scale);
        m_centre = clampedCentre(centre, m_scale);
        m_reductions->prepareFor(m_scale * devicePixelRatioF());
    } else {
        m_scale = scale;
    }
    update();
    if (changed)
        Q_EMIT zoomChanged(m_mode, m_scale);
}

void SheetViewer::applyMode(ZoomMode mode)
{
    if (m_image.isNull()) {
        setView(mode, m_scale, m_centre);
        return;
    }
    const double w = m_image.width();
    const double h = m_image.height();
    switch (mode) {
    case ZoomMode::Fit:
        setView(ZoomMode::Fit, fitScale(), QPointF(w / 2.0, h / 2.0));
        break;
    case ZoomMode::Label: {
        // The quarter fills the widget; what does not fit is cut from its upper or left side,
        // so the sheet's lower-right corner, where the label usually sits, stays in view.
        const QSizeF quarter(w - std::floor(w / 2.0), h - std::floor(h / 2.0));
        const double scale = std::max(width() / quarter.width(), height() / quarter.height());
        const QPointF corner(w - width() / (2.0 * scale), h - height() / (2.0 * scale));
        setView(ZoomMode::Label, scale, corner);
        break;
    }
    case ZoomMode::ActualSize:
        setView(ZoomMode::ActualSize, actualScale(), m_centre);
        break;
    case ZoomMode::Custom:
        setView(ZoomMode::Custom, m_scale, m_centre);
        break;
    }
}

void SheetViewer::fitToWindow()
{
    applyMode(ZoomMode::Fit);
}

void SheetViewer::showActualSize()
{
    applyMode(ZoomMode::ActualSize);
}

void SheetViewer::showLabel()
{
    applyMode(ZoomMode::Label);
}

void SheetViewer::zoomIn()
{
    zoomBy(kStep, viewportCentre());
}

void SheetViewer::zoomOut()
{
    zoomBy(1.0 / kStep, viewportCentre());
}

void SheetViewer::zoomBy(double factor, QPointF anchorInWidget)
{
    if (m_image.isNull() || !(factor > 0.0))
        return;
    const QPointF anchored = mapToImage(anchorInWidget);
    const double scale = clampedScale(m_scale * factor);
    setView(ZoomMode::Custom, scale, anchored - (anchorInWidget - viewportCentre()) / scale);
}

void SheetViewer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_image.isNull()) {
        painter.fillRect(rect(), palette().window());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    painter.fillRect(rect(), palette().dark());
    const QRectF visible = visibleImageRect();
    if (visible.isEmpty())
        return;
    const double dpr = devicePixelRatioF();
    // A smaller copy when the scale is below 1/2: its pixels are averages, the image's would
    // be skipped. Its coordinates are the image's times its own size ratio on each axis.
    const QImage source = m_reductions->bestFor(m_scale * dpr);
    const double sx = double(source.width()) / m_image.width();
    const double sy = double(source.height()) / m_image.height();
    const QRectF from(visible.x() * sx, visible.y() * sy, visible.width() * sx,
                      visible.height() * sy);
    const QRectF target(mapFromImage(visible.topLeft()), mapFromImage(visible.bottomRight()));
    // Enlarged, the image's own pixels show as squares: what a curator checks a faint letter with.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale * dpr < 1.0);
    painter.drawImage(target, source, from);
}

void SheetViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyMode(m_mode);
}

void SheetViewer::wheelEvent(QWheelEvent *event)
{
    // angleDelta, not notches: a trackpad sends many small deltas, a wheel one of 120 a notch.
    const int delta = event->angleDelta().y();
    if (delta == 0 || m_image.isNull()) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(kStep, delta / kWheelNotch), event->position());
    event->accept();
}

bool SheetViewer::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) { // macOS trackpad
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), gesture->position());
            return true;
        }
    } else if (event->type() == QEvent::Gesture) { // touch screens
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags().testFlag(QPinchGesture::ScaleFactorChanged))
                zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint()));
            gestures->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

void SheetViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on most layouts
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_F:
        fitToWindow();
        break;
    case Qt::Key_1:
        showActualSize();
        break;
    case Qt::Key_L:
        showLabel();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SheetViewer::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_image.isNull()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragFrom = event->position();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void SheetViewer::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    // Panning keeps the mode: the next sheet opens at the same preset, wherever this one was
    // dragged to.
    const QPointF delta = event->position() - m_dragFrom;
    m_dragFrom = event->position();
    setView(m_mode, m_scale, m_centre - delta / m_scale);
    event->accept();
}

void SheetViewer::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    if (!m_image.isNull())
        setCursor(Qt::OpenHandCursor);
    event->accept();
}

} // namespace herb
