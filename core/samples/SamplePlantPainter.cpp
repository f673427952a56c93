#include "SamplePlantPainter.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QtMath>

namespace herb {

namespace {

QPointF heading(double angleDegrees, double length)
{
    const double r = qDegreesToRadians(angleDegrees);
    return { std::sin(r) * length, -std::cos(r) * length };
}

} // namespace

SamplePlantPainter::SamplePlantPainter(QPainter &painter, QRandomGenerator &rng)
    : m_painter(painter)
    , m_rng(rng)
{ }

double SamplePlantPainter::uniform(double low, double high)
{
    return low + m_rng.generateDouble() * (high - low);
}

void SamplePlantPainter::paint(const QRectF &area)
{
    m_area = area;
    // Narrow leaves for grasses and sedges, broader ones for forbs: one habit per plant.
    m_leafWidthRatio = m_rng.bounded(3) == 0 ? uniform(0.06, 0.12) : uniform(0.22, 0.45);
    m_leafLength = m_leafWidthRatio < 0.15 ? uniform(90, 180) : uniform(35, 85);
    m_flowers = m_rng.bounded(2) == 0;
    m_tapeStrips = 0;

    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF base(area.left() + area.width() * uniform(0.35, 0.65), area.bottom() - 40);
    drawRoots(base);
    const int stems = 1 + int(m_rng.bounded(3));
    for (int i = 0; i < stems; ++i)
        drawBranch(base, uniform(-12, 12), area.height() * uniform(0.55, 0.85), 0);
    m_painter.restore();
}

void SamplePlantPainter::drawRoots(QPointF base)
{
    const QColor root(110 + int(m_rng.bounded(30)), 85 + int(m_rng.bounded(20)), 55);
    m_painter.setBrush(root.darker(130));
    m_painter.setPen(Qt::NoPen);
    m_painter.drawEllipse(base, uniform(14, 28), uniform(8, 16));
    const int count = 8 + int(m_rng.bounded(12));
    for (int i = 0; i < count; ++i) {
        QPainterPath path(base);
        const double angle = uniform(110, 250);
        const double length = uniform(30, 140);
        const QPointF end = base + heading(angle, length);
        const QPointF bend = base + heading(angle + uniform(-25, 25), length * 0.5);
        path.quadTo(bend, end);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(QPen(root, uniform(1.0, 3.0), Qt::SolidLine, Qt::RoundCap));
        m_painter.drawPath(path);
    }
}

void SamplePlantPainter::drawBranch(QPointF start, double angle, double length, int depth)
{
    const QColor stem(80 + int(m_rng.bounded(40)), 90 + int(m_rng.bounded(30)),
                      45 + int(m_rng.bounded(20)));
    const int segments = 6 + int(m_rng.bounded(5));
    const double step = length / segments;
    const double width = qMax(1.5, 5.0 - depth * 1.6);
    QPointF point = start;
    for (int s = 0; s < segments; ++s) {
        angle += uniform(-7, 7);
        QPointF next = point + heading(angle, step);
        // Keep the plant on its part of the sheet, away from the label and the edges.
        next.setX(qBound(m_area.left(), next.x(), m_area.right()));
        next.setY(qBound(m_area.top(), next.y(), m_area.bottom()));
        m_painter.setPen(QPen(stem, width, Qt::SolidLine, Qt::RoundCap));
        m_painter.drawLine(point, next);

        if (s > 0 && m_rng.bounded(3) != 0) {
            const double side = (s % 2 == 0) ? 1.0 : -1.0;
            drawLeaf(next, angle + side * uniform(25, 65), m_leafLength * uniform(0.7, 1.2));
        }
        if (depth < 2 && s > 1 && s < segments - 1 && m_rng.bounded(4) == 0) {
            const double side = m_rng.bounded(2) == 0 ? 1.0 : -1.0;
            drawBranch(next, angle + side * uniform(20, 50), length * uniform(0.3, 0.5), depth + 1);
        }
        if (depth == 0 && s == segments / 2 && m_tapeStrips < 2) {
            drawTape(next);
            ++m_tapeStrips;
        }
        point = next;
    }
    if (m_flowers)
        drawFlowerHead(point);
}

void SamplePlantPainter::drawLeaf(QPointF base, double angle, double length)
{
    const double half = length * m_leafWidthRatio / 2.0;
    const QPointF tip = base + heading(angle, length);
    const QPointF mid = base + heading(angle, length * 0.45);
    const QPointF sideA = mid + heading(angle + 90, half * 2);
    const QPointF sideB = mid + heading(angle - 90, half * 2);
    QPainterPath leaf(base);
    leaf.quadTo(sideA, tip);
    leaf.quadTo(sideB, base);

    // Dried leaves: olive to brown, a little darker at the edge.
    QColor fill(70 + int(m_rng.bounded(50)), 85 + int(m_rng.bounded(35)),
                35 + int(m_rng.bounded(25)));
    m_painter.setBrush(fill);
    m_painter.setPen(QPen(fill.darker(140), 1.0));
    m_painter.drawPath(leaf);
    m_painter.setPen(QPen(fill.darker(160), 0.8));
    m_painter.drawLine(base, tip);
}

void SamplePlantPainter::drawFlowerHead(QPointF centre)
{
    static const QColor faded[] = { QColor(200, 170, 70), QColor(150, 110, 150),
                                    QColor(225, 215, 190), QColor(170, 90, 60) };
    const QColor colour = faded[m_rng.bounded(4)];
    const int petals = 5 + int(m_rng.bounded(8));
    const double radius = uniform(8, 20);
    m_painter.setPen(QPen(colour.darker(130), 1.0));
    m_painter.setBrush(colour);
    for (int i = 0; i < petals; ++i) {
        const QPointF c = centre + heading(360.0 * i / petals, radius);
        m_painter.drawEllipse(c, radius * 0.5, radius * 0.35);
    }
    m_painter.setBrush(colour.darker(150));
    m_painter.drawEllipse(centre, radius * 0.5, radius * 0.5);
}

void SamplePlantPainter::drawTape(QPointF at)
{
    m_painter.save();
    m_painter.translate(at);
    m_painter.rotate(uniform(-20, 20));
    m_painter.setPen(QPen(QColor(200, 195, 180), 1.0));
    m_painter.setBrush(QColor(250, 248, 240, 215));
    m_painter.drawRect(QRectF(-45, -9, 90, 18));
    m_painter.restore();
}

} // namespace herb
