#include "SyntheticRun.h"
#include "eventlog/EventLogFilter.h"
#include "eventlog/EventLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace herb;
using herb::test::SyntheticRun;

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsDescribeEvents()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model);
        SyntheticRun run;
        run.specimens = 8;
        model.appendEvents(run.events());
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(EventLogModel::SpecimenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Specimen"));
        // started, 8 x (processing + finished), checkpoint, completed
        QCOMPARE(model.rowCount(), 1 + 16 + 1 + 1);
        QCOMPARE(model.data(model.index(0, EventLogModel::SeqColumn)).toLongLong(), 1);
        QCOMPARE(model.data(model.index(0, EventLogModel::TypeColumn)).toString(),
                 QStringLiteral("extraction.started"));
        const QString started = model.data(model.index(0, EventLogModel::DetailsColumn)).toString();
        QVERIFY2(started.contains(QStringLiteral("8 specimens to process")), qPrintable(started));
        QVERIFY(!started.contains(QLatin1Char('\n')));
        QCOMPARE(model.data(model.index(2, EventLogModel::SpecimenColumn)).toString(),
                 QStringLiteral("box1/sheet_00001.jpg"));
        QVERIFY(model.data(model.index(2, EventLogModel::DetailsColumn))
                    .toString()
                    .contains(QStringLiteral("ok")));
        QCOMPARE(model.data(model.index(1, EventLogModel::DetailsColumn)).toString(),
                 QStringLiteral("attempt 1"));
        QCOMPARE(model.data(model.index(1, 0), EventLogModel::EventTypeRole).toInt(),
                 int(EventType::SpecimenProcessing));
    }

    void appendsOneInsertPerBatch()
    {
        EventLogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        SyntheticRun run;
        run.specimens = 50'000; // 100,003 events
        const EventBatch events = run.events();
        QVERIFY(events.size() > 100'000);
        constexpr int batchSize = 1000;
        int batches = 0;
        for (qsizetype i = 0; i < events.size(); i += batchSize, ++batches)
            model.appendEvents(events.mid(i, batchSize));
        QCOMPARE(model.rowCount(), int(events.size()));
        QCOMPARE(inserted.count(), batches);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), batchSize - 1);
        QCOMPARE(inserted.last().at(2).toInt(), int(events.size()) - 1);
        QCOMPARE(
            model.data(model.index(model.rowCount() - 1, EventLogModel::TypeColumn)).toString(),
            QStringLiteral("extraction.completed"));
        model.appendEvents(EventBatch {});
        QCOMPARE(inserted.count(), batches);
    }

    void filtersByTypeAndSearch()
    {
        EventLogModel model;
        EventLogFilter filter;
        filter.setSourceModel(&model);
        SyntheticRun run;
        run.specimens = 50'000;
        run.failEvery = 4;
        model.appendEvents(run.events());
        QCOMPARE(filter.rowCount(), model.rowCount());

        filter.setType(EventType::SpecimenFailed);
        QCOMPARE(filter.rowCount(), 12'500);
        for (int row = 0; row < filter.rowCount(); row += 997)
            QCOMPARE(filter.index(row, EventLogModel::TypeColumn).data().toString(),
                     QStringLiteral("specimen.failed"));

        filter.setTypes({ EventType::ValidationCheckpoint, EventType::ExtractionCompleted });
        QCOMPARE(filter.rowCount(), 2);

        filter.showAllTypes();
        filter.setSearchText(QStringLiteral("  SHEET_00042.JPG "));
        QCOMPARE(filter.rowCount(), 2); // processing and completed
        QCOMPARE(filter.index(0, EventLogModel::SpecimenColumn).data().toString(),
                 QStringLiteral("box1/sheet_00042.jpg"));

        filter.setSearchText(QStringLiteral("not JSON"));
        QCOMPARE(filter.rowCount(), 12'500);
        filter.setType(EventType::SpecimenCompleted);
        QCOMPARE(filter.rowCount(), 0);

        // Rows appended later go through the same filter.
        filter.showAllTypes();
        filter.setSearchText(QStringLiteral("checkpoint"));
        const int before = filter.rowCount();
        QCOMPARE(before, 1);
        SyntheticRun second;
        second.specimens = 5;
        model.appendEvents(second.events());
        QCOMPARE(filter.rowCount(), 2);

        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), model.rowCount());
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
