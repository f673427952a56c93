#pragma once

#include <QPointF>
#include <QRectF>

class QPainter;
class QRandomGenerator;

namespace herb {

// Draws a pressed, dried plant: a root mass, a stem that branches, leaves of one shape per
// plant (grass-like or broad), sometimes faded flower heads, and strips of mounting tape.
// Random but plausible, and fully determined by the generator it is given, so a sample
// sheet looks the same every time it is drawn for the same seed.
class SamplePlantPainter
{
public:
    SamplePlantPainter(QPainter &painter, QRandomGenerator &rng);

    // Fills `area` (the part of the sheet the plant may use) from the roots at its bottom up.
    void paint(const QRectF &area);

private:
    double uniform(double low, double high);
    void drawRoots(QPointF base);
    // One stem or branch from `start`, heading `angle` degrees (0 = up, positive = right).
    void drawBranch(QPointF start, double angle, double length, int depth);
    void drawLeaf(QPointF base, double angle, double length);
    void drawFlowerHead(QPointF centre);
    void drawTape(QPointF at);

    QPainter &m_painter;
    QRandomGenerator &m_rng;
    QRectF m_area;
    double m_leafWidthRatio = 0.3;
    double m_leafLength = 60.0;
    bool m_flowers = false;
    int m_tapeStrips = 0;
};

} // namespace herb
