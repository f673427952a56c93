#include "review/SheetReductions.h"
#include "review/SheetViewer.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace herb;
using Mode = SheetViewer::ZoomMode;

// The review workbench's sheet viewer: fit, 100 %, the label preset, zoom about the cursor,
// panning, keys, and the zoom kept from one sheet to the next.
class TestSheetViewer : public QObject
{
    Q_OBJECT

private:
    // Left half black, right half white: a paint in the wrong place shows.
    static QImage halves(QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).fillRect(0, 0, size.width() / 2, size.height(), Qt::black);
        return image;
    }

    static void show(SheetViewer &viewer)
    {
        viewer.resize(300, 200);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QCOMPARE(viewer.devicePixelRatioF(), 1.0); // offscreen: device pixels are pixels
    }

    static void wheel(SheetViewer &viewer, QPointF at, int angle)
    {
        QWheelEvent event(at, viewer.mapToGlobal(at), QPoint(), QPoint(0, angle), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(&viewer, &event);
    }

    static void mouse(SheetViewer &viewer, QEvent::Type type, QPointF at, Qt::MouseButtons held)
    {
        const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, at, viewer.mapToGlobal(at), button, held, Qt::NoModifier);
        QApplication::sendEvent(&viewer, &event);
    }

    static bool near(QPointF a, QPointF b, double tolerance)
    {
        return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
    }

    static bool within(const QRectF &inner, const QRectF &outer)
    {
        return outer.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(inner);
    }

private Q_SLOTS:
    void fitShowsTheWholeSheetCentred()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 400, 600 }));
        QCOMPARE(viewer.zoomMode(), Mode::Fit);
        QCOMPARE(viewer.visibleImageRect(), QRectF(0, 0, 400, 600));
        const QRectF placed = viewer.imageGeometry();
        QVERIFY(near(placed.center(), QPointF(150, 100), 1e-6));
        QCOMPARE(placed.height(), 200.0); // the limiting side fills the widget
        QVERIFY(within(placed, viewer.rect()));

        // Painted where it says: black left of the centre line, white right, grey around.
        const QImage shot = viewer.grab().toImage();
        QCOMPARE(QColor(shot.pixel(120, 100)), QColor(Qt::black));
        QCOMPARE(QColor(shot.pixel(180, 100)), QColor(Qt::white));
        QCOMPARE(shot.pixel(20, 100), viewer.palette().color(QPalette::Dark).rgb());
    }

    void fitRefitsWhenResized()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 400, 600 }));
        viewer.resize(600, 400);
        QCOMPARE(viewer.scale(), 400.0 / 600.0);
        QCOMPARE(viewer.visibleImageRect(), QRectF(0, 0, 400, 600));
    }

    void actualSizeShowsOneImagePixelPerPixel()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 2000, 1500 }));
        viewer.showActualSize();
        QCOMPARE(viewer.zoomMode(), Mode::ActualSize);
        QCOMPARE(viewer.scale(), 1.0);
        QCOMPARE(viewer.visibleImageRect().size(), QSizeF(300, 200));
        // Around the sheet's centre, where the fitted view was centred.
        QVERIFY(near(viewer.visibleImageRect().center(), QPointF(1000, 750), 1e-6));
    }

    void labelPresetShowsTheLowerRightQuarter()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 400, 600 }));
        viewer.showLabel();
        QCOMPARE(viewer.zoomMode(), Mode::Label);
        const QRectF quarter(200, 300, 200, 300);
        const QRectF visible = viewer.visibleImageRect();
        QVERIFY2(within(visible, quarter), qPrintable(QString::number(visible.top())));
        QVERIFY(qFuzzyCompare(visible.width(), quarter.width())
                || qFuzzyCompare(visible.height(), quarter.height()));
        QVERIFY(near(visible.bottomRight(), QPointF(400, 600), 1e-6)); // the label's corner
        // Re-fitted when the widget changes shape: now the quarter's height fills it.
        viewer.resize(150, 400);
        const QRectF tall = viewer.visibleImageRect();
        QVERIFY(within(tall, quarter));
        QVERIFY(qFuzzyCompare(tall.height(), quarter.height()));
    }

    void wheelZoomsAboutTheCursor()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 2000, 1500 }));
        viewer.showActualSize();
        QSignalSpy zoomed(&viewer, &SheetViewer::zoomChanged);
        const QPointF cursor(70, 50);
        const QPointF underCursor = viewer.mapToImage(cursor);
        wheel(viewer, cursor, 120);
        QCOMPARE(viewer.zoomMode(), Mode::Custom);
        QVERIFY(qFuzzyCompare(viewer.scale(), 1.25));
        QVERIFY(near(viewer.mapFromImage(underCursor), cursor, 1.0));
        QCOMPARE(zoomed.count(), 1);
        QCOMPARE(zoomed.last().at(0).value<Mode>(), Mode::Custom);

        // A trackpad's small deltas add up to the same: two halves of a notch out again.
        wheel(viewer, cursor, -60);
        wheel(viewer, cursor, -60);
        QVERIFY(qFuzzyCompare(viewer.scale(), 1.0));
        QVERIFY(near(viewer.mapFromImage(underCursor), cursor, 1.0));
    }

    void scaleIsClamped()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 400, 600 }));
        for (int i = 0; i < 40; ++i)
            viewer.zoomIn();
        QCOMPARE(viewer.scale(), 8.0);
        for (int i = 0; i < 80; ++i)
            viewer.zoomOut();
        QCOMPARE(viewer.scale(), (200.0 / 600.0) / 4.0);
        QVERIFY(near(viewer.imageGeometry().center(), QPointF(150, 100), 1e-6)); // centred
    }

    void dragPansByTheMouseDelta()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 2000, 1500 }));
        viewer.showActualSize();
        const QRectF before = viewer.visibleImageRect();
        QCOMPARE(viewer.cursor().shape(), Qt::OpenHandCursor);
        mouse(viewer, QEvent::MouseButtonPress, QPointF(150, 100), Qt::LeftButton);
        QCOMPARE(viewer.cursor().shape(), Qt::ClosedHandCursor);
        mouse(viewer, QEvent::MouseMove, QPointF(130, 90), Qt::LeftButton);
        mouse(viewer, QEvent::MouseMove, QPointF(120, 80), Qt::LeftButton);
        mouse(viewer, QEvent::MouseButtonRelease, QPointF(120, 80), Qt::NoButton);
        QCOMPARE(viewer.cursor().shape(), Qt::OpenHandCursor);
        // The sheet follows the mouse: what was at (150, 100) is now at (120, 80).
        QCOMPARE(viewer.visibleImageRect(), before.translated(30, 20));
        QCOMPARE(viewer.zoomMode(), Mode::ActualSize); // a pan is not a zoom

        // Never past the sheet's edge.
        for (int i = 0; i < 10; ++i) {
            mouse(viewer, QEvent::MouseButtonPress, QPointF(10, 10), Qt::LeftButton);
            mouse(viewer, QEvent::MouseMove, QPointF(290, 190), Qt::LeftButton);
            mouse(viewer, QEvent::MouseButtonRelease, QPointF(290, 190), Qt::NoButton);
        }
        QCOMPARE(viewer.visibleImageRect().topLeft(), QPointF(0, 0));
    }

    void labelPresetIsKeptForTheNextSheet()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 400, 600 }));
        viewer.showLabel();
        viewer.setImage(halves({ 900, 500 }));
        QCOMPARE(viewer.zoomMode(), Mode::Label);
        const QRectF visible = viewer.visibleImageRect();
        QVERIFY(within(visible, QRectF(450, 250, 450, 250)));
        QVERIFY(near(visible.bottomRight(), QPointF(900, 500), 1e-6));
    }

    void customZoomIsKeptForTheNextSheet()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 2000, 1500 }));
        viewer.showActualSize();
        viewer.zoomIn();
        mouse(viewer, QEvent::MouseButtonPress, QPointF(150, 100), Qt::LeftButton);
        mouse(viewer, QEvent::MouseMove, QPointF(50, 50), Qt::LeftButton);
        mouse(viewer, QEvent::MouseButtonRelease, QPointF(50, 50), Qt::NoButton);
        const double scale = viewer.scale();
        const QPointF centre = viewer.mapToImage(QPointF(150, 100));
        QSignalSpy zoomed(&viewer, &SheetViewer::zoomChanged);

        viewer.setImage(halves({ 3000, 1000 }));
        QCOMPARE(viewer.zoomMode(), Mode::Custom);
        QCOMPARE(viewer.scale(), scale);
        const QPointF now = viewer.mapToImage(QPointF(150, 100));
        QVERIFY(near(QPointF(now.x() / 3000, now.y() / 1000),
                     QPointF(centre.x() / 2000, centre.y() / 1500), 1e-9));
        QCOMPARE(zoomed.count(), 0); // the same zoom: nothing to tell
    }

    void keysZoom()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 2000, 1500 }));
        const double fit = viewer.scale();
        QTest::keyClick(&viewer, Qt::Key_Plus);
        QCOMPARE(viewer.zoomMode(), Mode::Custom);
        QVERIFY(qFuzzyCompare(viewer.scale(), fit * 1.25));
        QTest::keyClick(&viewer, Qt::Key_Equal);
        QVERIFY(qFuzzyCompare(viewer.scale(), fit * 1.25 * 1.25));
        QTest::keyClick(&viewer, Qt::Key_Minus);
        QVERIFY(qFuzzyCompare(viewer.scale(), fit * 1.25));
        QTest::keyClick(&viewer, Qt::Key_1);
        QCOMPARE(viewer.zoomMode(), Mode::ActualSize);
        QCOMPARE(viewer.scale(), 1.0);
        QTest::keyClick(&viewer, Qt::Key_0);
        QCOMPARE(viewer.zoomMode(), Mode::Fit);
        QCOMPARE(viewer.scale(), fit);
        QTest::keyClick(&viewer, Qt::Key_L);
        QCOMPARE(viewer.zoomMode(), Mode::Label);
        QTest::keyClick(&viewer, Qt::Key_F);
        QCOMPARE(viewer.zoomMode(), Mode::Fit);
    }

    void messageShowsNoImage()
    {
        SheetViewer viewer;
        show(viewer);
        QImage red(400, 600, QImage::Format_RGB32);
        red.fill(Qt::red);
        viewer.setImage(red);
        viewer.showLabel();
        viewer.setMessage(QStringLiteral("Loading sheet_001.jpg…"));
        QVERIFY(viewer.image().isNull());
        QVERIFY(viewer.visibleImageRect().isEmpty());
        QCOMPARE(viewer.message(), QStringLiteral("Loading sheet_001.jpg…"));
        const QImage shot = viewer.grab().toImage();
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                QVERIFY(QColor(shot.pixel(x, y)) != QColor(Qt::red));
        // The zoom chosen before the message applies to the sheet after it.
        viewer.setImage(red);
        QCOMPARE(viewer.zoomMode(), Mode::Label);
        QVERIFY(viewer.message().isEmpty());
    }

    void largeSheetPaintsFromASmallerCopy()
    {
        SheetViewer viewer;
        show(viewer);
        viewer.setImage(halves({ 4000, 3000 })); // fitted at 1/15: copies at 1/2, 1/4, 1/8
        // The first paint, from the full image, and the later ones, from the copies, agree.
        for (int pass = 0; pass < 2; ++pass) {
            const QImage shot = viewer.grab().toImage();
            QCOMPARE(QColor(shot.pixel(140, 100)), QColor(Qt::black));
            QCOMPARE(QColor(shot.pixel(160, 100)), QColor(Qt::white));
            QCOMPARE(QColor(shot.pixel(160, 10)), QColor(Qt::white));
            const auto *copies = viewer.findChild<SheetReductions *>();
            QTRY_VERIFY(!copies->isBusy());
            QCOMPARE(copies->readyCount(), 3);
        }
    }

    void takesCopiesMadeWithTheDecode()
    {
        SheetViewer viewer;
        show(viewer);
        const QImage image = halves({ 4000, 3000 });
        const QList<QImage> copies = SheetReductions::halvings(image, 2);
        viewer.setImage(image, copies);
        const auto *reductions = viewer.findChild<SheetReductions *>();
        QCOMPARE(reductions->readyCount(), 2);
        QCOMPARE(reductions->bestFor(0.3).cacheKey(), copies.at(0).cacheKey());
        QTRY_COMPARE(reductions->readyCount(), 3); // the third the fitted sheet wants
        const QImage shot = viewer.grab().toImage();
        QCOMPARE(QColor(shot.pixel(140, 100)), QColor(Qt::black));
        QCOMPARE(QColor(shot.pixel(160, 100)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestSheetViewer)
#include "tst_sheetviewer.moc"
