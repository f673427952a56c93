#include "Named.h"
#include "SyntheticRun.h"
#include "TestSupport.h"
#include "dashboard/RunDashboard.h"
#include "review/RecordForm.h"
#include "review/RecordTail.h"
#include "review/SpecimenImageLoader.h"
#include "review/SpecimenListModel.h"
#include "review/SpecimenReviewView.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::SyntheticRun;
using Status = SpecimenListModel::Status;

// The Specimens tab: statuses from events, records from a growing records.jsonl, the sheet
// decoded off the GUI thread and shown upright, the failed-only filter.
class TestSpecimenReview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A sheet stored sideways: landscape pixels, a dark band at the stored top edge.
    static QString makeSidewaysSheet(const QString &path, QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(240, 235, 220));
        for (int y = 0; y < size.height() / 10; ++y)
            for (int x = 0; x < size.width(); ++x)
                image.setPixel(x, y, qRgb(20, 20, 20));
        image.save(path);
        return path;
    }

    static SpecimenRecord record(const QString &id, bool success, const QString &image = {})
    {
        SpecimenRecord r;
        r.specimenId = id;
        r.image = image;
        r.success = success;
        if (success) {
            r.record.dwc.insert(QStringLiteral("scientificName"), QStringLiteral("Carex nigra"));
            r.record.dwc.insert(QStringLiteral("recordedBy"), QStringLiteral("A. Smith"));
            r.record.confidence.insert(QStringLiteral("scientificName"), 0.93);
        } else {
            r.error = { ErrorKind::Http, 502, QStringLiteral("bad gateway") };
        }
        r.timestampMs = 1'790'000'000'000;
        return r;
    }

    static bool appendRecords(const QString &path, const QList<SpecimenRecord> &records,
                              const QByteArray &tail = {})
    {
        QFile file(path);
        if (!file.open(QIODevice::Append))
            return false;
        for (const SpecimenRecord &r : records)
            file.write(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n');
        file.write(tail);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void statusesFollowEvents()
    {
        SpecimenListModel model;
        SyntheticRun run; // 20 specimens, every 4th fails
        EventBatch events = run.events();
        // Live: the first processing event alone makes an in-flight row.
        model.addEvents(events.mid(0, 2));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0).status, Status::InFlight);
        model.addEvents(events.mid(2));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.count(Status::Succeeded), 15);
        QCOMPARE(model.count(Status::Failed), 5);
        QCOMPARE(model.count(Status::InFlight), 0);
        const int failedRow = model.rowOf(QStringLiteral("box1/sheet_00004.jpg"));
        QCOMPARE(model.entryAt(failedRow).status, Status::Failed);
        QCOMPARE(model.entryAt(failedRow).error.kind, ErrorKind::Parse);
        QCOMPARE(model.index(failedRow, SpecimenListModel::StatusColumn).data().toString(),
                 QStringLiteral("failed"));
        QVERIFY(model.index(failedRow, SpecimenListModel::DetailsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("not JSON")));

        // A resume skips what is done: the earlier outcome stays.
        model.addEvents({ Event::skipped(QStringLiteral("box1/sheet_00001.jpg"),
                                         QStringLiteral("already recorded")),
                          Event::skipped(QStringLiteral("box1/new.jpg"), QStringLiteral("dup")) });
        QCOMPARE(model.entryAt(0).status, Status::Succeeded);
        QCOMPARE(model.entryAt(model.rowOf(QStringLiteral("box1/new.jpg"))).status,
                 Status::Skipped);
    }

    void oneInsertPerBatch()
    {
        SpecimenListModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addEvents(SyntheticRun().events());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 20);
    }

    void recordTailReadsWholeLinesOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("tail/records.jsonl"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        RecordTail tail;
        tail.setPath(path);
        QVERIFY(tail.read().isEmpty()); // no file yet
        QVERIFY(appendRecords(path, { record(QStringLiteral("a.jpg"), true) },
                              QByteArray("{\"specimen_id\":\"b.j")));
        QList<SpecimenRecord> first = tail.read();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().specimenId, QStringLiteral("a.jpg"));
        QVERIFY(tail.read().isEmpty()); // the torn line waits for its end
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("pg\",\"status\":\"failed\"}\n");
        }
        const QList<SpecimenRecord> second = tail.read();
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().specimenId, QStringLiteral("b.jpg"));
        QVERIFY(!second.first().success);
        QCOMPARE(tail.corruptLines(), 0);
    }

    void loadsSidewaysSheetUprightAndScaled()
    {
        const QString path
            = makeSidewaysSheet(m_dir.filePath(QStringLiteral("wide.png")), QSize(3000, 2000));
        QString error;
        const QImage upright = SpecimenImageLoader::loadUpright(path, 90, QSize(600, 800), &error);
        QVERIFY2(!upright.isNull(), qPrintable(error));
        // Turned a quarter clockwise: portrait, and fitted into the box while decoding.
        QCOMPARE(upright.size(), QSize(533, 800));
        // The stored top edge is now on the right.
        QVERIFY(qGray(upright.pixel(upright.width() - 5, upright.height() / 2)) < 60);
        QVERIFY(qGray(upright.pixel(5, upright.height() / 2)) > 200);

        QVERIFY(SpecimenImageLoader::loadUpright(m_dir.filePath(QStringLiteral("none.jpg")), 0,
                                                 QSize(100, 100), &error)
                    .isNull());
        QVERIFY(!error.isEmpty());
    }

    void selectingShowsSheetFieldsAndError()
    {
        const QString run = m_dir.filePath(QStringLiteral("run"));
        const QString images = m_dir.filePath(QStringLiteral("images"));
        QDir().mkpath(run);
        QDir().mkpath(images + QStringLiteral("/box1"));
        const QString sheet
            = makeSidewaysSheet(images + QStringLiteral("/box1/sheet_00001.jpg"), QSize(1200, 800));
        SpecimenRecord good = record(QStringLiteral("box1/sheet_00001.jpg"), true, sheet);
        good.preparation.insert(QStringLiteral("rotation"), 90);
        QVERIFY(appendRecords(run + QStringLiteral("/records.jsonl"),
                              { good, record(QStringLiteral("box1/sheet_00004.jpg"), false) }));

        SpecimenReviewView view;
        view.resize(1000, 600);
        view.show();
        view.addEvents(SyntheticRun().events());
        view.setRunFolder(run);
        QCOMPARE(test::named<SpecimenListModel>(&view)->entryAt(0).hasRecord(), true);

        QSignalSpy shown(&view, &SpecimenReviewView::imageShown);
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/sheet_00001.jpg")));
        QVERIFY(shown.wait(10'000));
        QVERIFY(!view.shownImage().isNull());
        QVERIFY(view.shownImage().height() > view.shownImage().width()); // upright
        QVERIFY(view.headingText().contains(QStringLiteral("succeeded")));
        QVERIFY(view.errorText().isEmpty());
        QTableWidget *fields = test::named<QTableWidget>(&view, QStringLiteral("fields"));
        QCOMPARE(fields->rowCount(), 2);
        QCOMPARE(fields->item(1, 0)->text(), QStringLiteral("scientificName"));
        QCOMPARE(fields->item(1, 1)->text(), QStringLiteral("Carex nigra"));
        QCOMPARE(fields->item(1, RecordForm::ConfidenceColumn)->text(),
                 QLocale().toString(0.93, 'f', 2));
        QCOMPARE(fields->item(0, RecordForm::ConfidenceColumn)->text(), QStringLiteral("–"));

        // Failed only: five rows; the selected failure names its error (the record's).
        test::named<QCheckBox>(&view, QStringLiteral("failedOnly"))->setChecked(true);
        QCOMPARE(
            test::named<QSortFilterProxyModel>(&view, QStringLiteral("shownSpecimens"))->rowCount(),
            5);
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/sheet_00004.jpg")));
        QVERIFY(view.errorText().contains(QStringLiteral("bad gateway")));
        QVERIFY(view.errorText().contains(QStringLiteral("502")));
        // Selecting a success clears the filter that hides it.
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/sheet_00002.jpg")));
        QVERIFY(!test::named<QCheckBox>(&view, QStringLiteral("failedOnly"))->isChecked());
        QCOMPARE(
            test::named<QSortFilterProxyModel>(&view, QStringLiteral("shownSpecimens"))->rowCount(),
            20);
        QVERIFY(!view.selectSpecimen(QStringLiteral("nowhere.jpg")));
    }

    // Issue 12: a flagged record shows its flags in the list, beside the field, and alone
    // under "Flagged only".
    void flaggedRecordsAreShownAndFiltered()
    {
        const QString run = m_dir.filePath(QStringLiteral("flagged"));
        QDir().mkpath(run);
        SpecimenRecord copied = record(QStringLiteral("box1/sheet_00001.jpg"), true, QString());
        copied.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("019121"));
        copied.flags = { QStringLiteral("value_from_prompt:catalogNumber") };
        QVERIFY(appendRecords(
            run + QStringLiteral("/records.jsonl"),
            { copied, record(QStringLiteral("box1/sheet_00002.jpg"), true, QString()) }));
        SpecimenReviewView view;
        view.addEvents(SyntheticRun().events());
        view.setRunFolder(run);
        auto *model = test::named<SpecimenListModel>(&view);
        QCOMPARE(model->flaggedCount(), 1);
        const int row = model->rowOf(QStringLiteral("box1/sheet_00001.jpg"));
        QCOMPARE(model->index(row, SpecimenListModel::FlagsColumn).data().toString(),
                 QStringLiteral("value_from_prompt:catalogNumber"));
        test::named<QCheckBox>(&view, QStringLiteral("flaggedOnly"))->setChecked(true);
        auto *shown = test::named<QSortFilterProxyModel>(&view, QStringLiteral("shownSpecimens"));
        QCOMPARE(shown->rowCount(), 1);
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/sheet_00001.jpg")));
        QVERIFY(view.flagsText().contains(QLatin1String("value_from_prompt")));
        QTableWidget *fields = test::named<QTableWidget>(&view, QStringLiteral("fields"));
        bool besideTheField = false;
        for (int r = 0; r < fields->rowCount(); ++r) {
            if (fields->item(r, 0)->text() == QLatin1String("catalogNumber"))
                besideTheField = fields->item(r, RecordForm::FlagsColumn)
                    && fields->item(r, RecordForm::FlagsColumn)
                           ->text()
                           .contains(QLatin1String("value_from_prompt"));
        }
        QVERIFY(besideTheField);
        // Selecting an unflagged specimen clears the filter that hides it.
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/sheet_00002.jpg")));
        QCOMPARE(shown->rowCount(), 20);
        QVERIFY(view.flagsText().isEmpty());
    }

    // A flag found after the record's event (a name GBIF does not know: the record appended
    // again with it) is in records.jsonl only; the view counts it from there and says so, and
    // the dashboard's Flagged tile takes that count.
    void flagsAddedLaterReachTheFlaggedTile()
    {
        const QString run = m_dir.filePath(QStringLiteral("lateflag"));
        QDir().mkpath(run);
        const QString path = run + QStringLiteral("/records.jsonl");
        SpecimenRecord named = record(QStringLiteral("box1/sheet_00003.jpg"), true, QString());
        QVERIFY(appendRecords(path, { named }));
        SpecimenReviewView view;
        RunDashboard dashboard;
        connect(&view, &SpecimenReviewView::flaggedCountChanged, &dashboard,
                &RunDashboard::setRecordsFlagged);
        const EventBatch events = SyntheticRun().events();
        view.addEvents(events);
        dashboard.addEvents(events);
        view.setRunFolder(run);
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Flagged), QStringLiteral("0 no controls"));

        QSignalSpy counted(&view, &SpecimenReviewView::flaggedCountChanged);
        named.flags = { QStringLiteral("unknown_name:scientificName") };
        QVERIFY(appendRecords(path, { named }));
        view.addEvents({ Event::processing(QStringLiteral("box1/sheet_00004.jpg")) });
        QTRY_VERIFY(!counted.isEmpty() && counted.last().first().toLongLong() == 1);
        dashboard.redraw();
        QCOMPARE(dashboard.tileText(RunDashboard::Tile::Flagged), QStringLiteral("1 no controls"));
    }
};

QTEST_MAIN(TestSpecimenReview)
#include "tst_specimenreview.moc"
