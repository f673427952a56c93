// Issue 12, check 6: control sheets with known answers. The file's mistakes are preflight
// errors naming the row; answers are scored on the core fields with `herbstream score`'s rules.
#include "TestSupport.h"
#include "trust/ControlCheck.h"
#include "trust/ControlSheets.h"

#include <QTemporaryDir>
#include <QTest>

using namespace herb;

namespace {

QList<DiscoveredImage> folderOf(const QStringList &ids)
{
    QList<DiscoveredImage> images;
    for (const QString &id : ids)
        images.append({ id, QStringLiteral("/images/") + id, 100 });
    return images;
}

const QByteArray kHeader = "specimen,catalogNumber,scientificName,recordedBy,recordNumber,"
                           "eventDate,locality,country\n";

DwcRecord answer(const QString &catalog, const QString &number, const QString &locality)
{
    DwcRecord record;
    record.dwc = { { QStringLiteral("catalogNumber"), catalog },
                   { QStringLiteral("scientificName"), QStringLiteral("Carex nigra") },
                   { QStringLiteral("recordedBy"), QStringLiteral("M. O. Malte") },
                   { QStringLiteral("recordNumber"), number },
                   { QStringLiteral("eventDate"), QStringLiteral("1925-06-11") },
                   { QStringLiteral("locality"), locality },
                   { QStringLiteral("country"), QStringLiteral("Canada") } };
    return record;
}

ControlSheet sheet(const QString &id, const QString &catalog, const QString &number,
                   const QString &locality)
{
    ControlSheet s;
    s.specimenId = id;
    s.truth = answer(catalog, number, locality).dwc;
    return s;
}

} // namespace

class TestControlCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<QList<ControlSheet>> load(const QByteArray &csv, const QStringList &images,
                                            QString *error)
    {
        const QString path = m_dir.filePath(QStringLiteral("truth.csv"));
        if (!test::writeFile(path, csv))
            return std::nullopt;
        return loadControlSheets(path, folderOf(images), error);
    }

private Q_SLOTS:
    void readsRowsByIdOrFileName()
    {
        QString error;
        const auto sheets
            = load(kHeader
                       + "box1/a.jpg,CAN 1,Carex nigra,M. O. Malte,201,1925-06-11,"
                         "Mer Bleue,Canada\n"
                       + "b.jpg,CAN 2,Carex nigra,M. O. Malte,202,1925-06-12,"
                         "Mer Bleue,Canada\n",
                   { QStringLiteral("box1/a.jpg"), QStringLiteral("box2/b.jpg") }, &error);
        QVERIFY2(sheets, qPrintable(error));
        QCOMPARE(sheets->size(), 2);
        QCOMPARE(sheets->at(0).specimenId, QStringLiteral("box1/a.jpg"));
        QCOMPARE(sheets->at(1).specimenId, QStringLiteral("box2/b.jpg")); // by its file name
        QCOMPARE(sheets->at(1).row, 3);
        QCOMPARE(sheets->at(1).truth.value(QStringLiteral("recordNumber")), QStringLiteral("202"));
    }

    void badFilesAreErrorsNamingTheRow_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("header only")
            << kHeader << QStringLiteral("the file has a header and no control sheet");
        QTest::newRow("unknown column")
            << QByteArray("specimen,catalogNumber,colectedBy\na.jpg,CAN 1,Malte\n")
            << QStringLiteral("row 1 (the header), column 3: 'colectedBy' is not a Darwin Core "
                              "term");
        QTest::newRow("image not in the folder")
            << kHeader + "a.jpg,CAN 1,,,,,,\nmissing.jpg,CAN 9,,,,,,\n"
            << QStringLiteral("row 3: 'missing.jpg' is not an image of the folder");
        QTest::newRow("ambiguous name")
            << kHeader + "c.jpg,CAN 1,,,,,,\n"
            << QStringLiteral("row 2: 'c.jpg' names 2 images of the folder");
        QTest::newRow("named twice") << kHeader + "a.jpg,CAN 1,,,,,,\nbox1/a.jpg,CAN 1,,,,,,\n"
                                     << QStringLiteral("row 3: box1/a.jpg is already a control "
                                                       "sheet (row 2)");
        QTest::newRow("no core value") << kHeader + "a.jpg,,,,,,,Canada\n"
                                       << QStringLiteral("row 2: no known value for the core "
                                                         "fields");
    }

    void badFilesAreErrorsNamingTheRow()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        QString error;
        const auto sheets = load(
            csv,
            { QStringLiteral("box1/a.jpg"), QStringLiteral("x/c.jpg"), QStringLiteral("y/c.jpg") },
            &error);
        QVERIFY(!sheets);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("truth.csv")), qPrintable(error));
    }

    void missingFileIsAnError()
    {
        QString error;
        QVERIFY(!loadControlSheets(m_dir.filePath(QStringLiteral("none.csv")), {}, &error));
        QVERIFY2(error.contains(QLatin1String("none.csv")), qPrintable(error));
    }

    void startVerdictPoolsTheControlsAnswers()
    {
        ControlCheck check({ sheet(QStringLiteral("a.jpg"), QStringLiteral("CAN 1"),
                                   QStringLiteral("201"), QStringLiteral("Mer Bleue")),
                             sheet(QStringLiteral("b.jpg"), QStringLiteral("CAN 2"),
                                   QStringLiteral("202"), QStringLiteral("Mer Bleue")) },
                           50, 0.6);
        check.startSession(1, { QStringLiteral("a.jpg"), QStringLiteral("b.jpg") });
        QVERIFY(!check.verdictGiven());
        // Case and blanks fold as `herbstream score` folds them; country is no core field.
        DwcRecord first
            = answer(QStringLiteral("can  1"), QStringLiteral("201"), QStringLiteral("MER BLEUE"));
        first.dwc.insert(QStringLiteral("country"), QStringLiteral("France"));
        const ControlCheck::Result a = check.score(QStringLiteral("a.jpg"), &first, false);
        QCOMPARE(a.score.compared, 6);
        QCOMPARE(a.score.exact, 6);
        QVERIFY(!a.checkpoint);
        // The second answer is another sheet's: 3 of 6 exact; pooled 9 of 12 passes 60 %.
        const DwcRecord other
            = answer(QStringLiteral("CAN 77"), QStringLiteral("277"), QStringLiteral("Alfred bog"));
        const ControlCheck::Result b = check.score(QStringLiteral("b.jpg"), &other, false);
        QCOMPARE(b.score.exact, 3);
        QVERIFY(b.checkpoint);
        QVERIFY(b.checkpoint->controls);
        QVERIFY(b.checkpoint->passed);
        QCOMPARE(b.checkpoint->checked, 2);
        QCOMPARE(b.checkpoint->fieldsCompared, 12);
        QCOMPARE(b.checkpoint->fieldsExact, 9);
        QVERIFY(check.verdictGiven());
    }

    void startVerdictFailsOnWrongOrFailedAnswers()
    {
        ControlCheck check({ sheet(QStringLiteral("a.jpg"), QStringLiteral("CAN 1"),
                                   QStringLiteral("201"), QStringLiteral("Mer Bleue")),
                             sheet(QStringLiteral("b.jpg"), QStringLiteral("CAN 2"),
                                   QStringLiteral("202"), QStringLiteral("Mer Bleue")) },
                           50, 0.6);
        check.startSession(1, { QStringLiteral("a.jpg"), QStringLiteral("b.jpg") });
        const DwcRecord other
            = answer(QStringLiteral("CAN 77"), QStringLiteral("277"), QStringLiteral("Alfred bog"));
        QVERIFY(!check.score(QStringLiteral("a.jpg"), &other, false).checkpoint);
        const ControlCheck::Result failed = check.score(QStringLiteral("b.jpg"), nullptr, false);
        QCOMPARE(failed.score.exact, 0); // a failed answer misses every known value
        QVERIFY(failed.checkpoint);
        QVERIFY(!failed.checkpoint->passed);
        QCOMPARE(failed.checkpoint->fieldsExact, 3);
        QVERIFY(ControlCheck::failureMessage(*failed.checkpoint).contains(QLatin1String("25%")));
    }

    void controlsComeAgainInTurnEveryK()
    {
        ControlCheck check({ sheet(QStringLiteral("a.jpg"), QStringLiteral("CAN 1"),
                                   QStringLiteral("201"), QStringLiteral("Mer Bleue")),
                             sheet(QStringLiteral("b.jpg"), QStringLiteral("CAN 2"),
                                   QStringLiteral("202"), QStringLiteral("Mer Bleue")) },
                           3, 0.6);
        check.startSession(1, {});
        QStringList due;
        for (int sent = 1; sent <= 10; ++sent) {
            if (const auto id = check.countSent())
                due.append(QStringLiteral("%1:%2").arg(sent).arg(*id));
        }
        QCOMPARE(due,
                 QStringList({ QStringLiteral("3:a.jpg"), QStringLiteral("6:b.jpg"),
                               QStringLiteral("9:a.jpg") }));
    }

    void wrongAnswerSentAgainWarnsOnceUntilAControlPasses()
    {
        const ControlSheet a = sheet(QStringLiteral("a.jpg"), QStringLiteral("CAN 1"),
                                     QStringLiteral("201"), QStringLiteral("Mer Bleue"));
        ControlCheck check({ a }, 50, 0.6);
        check.startSession(1, {});
        const DwcRecord right
            = answer(QStringLiteral("CAN 1"), QStringLiteral("201"), QStringLiteral("Mer Bleue"));
        const DwcRecord wrong
            = answer(QStringLiteral("CAN 77"), QStringLiteral("277"), QStringLiteral("Alfred bog"));
        QVERIFY(!check.score(a.specimenId, &right, true).warning);
        const ControlCheck::Result first = check.score(a.specimenId, &wrong, true);
        QVERIFY(first.warning);
        QCOMPARE(first.warning->reason, WarningReason::ControlAccuracy);
        QCOMPARE(first.warning->rate, 0.5);
        QCOMPARE(first.warning->threshold, 0.6);
        QCOMPARE(first.warning->evidence.size(), 3);
        QCOMPARE(first.warning->evidence.first().specimenId, a.specimenId);
        QCOMPARE(first.warning->evidence.first().field, QStringLiteral("catalogNumber"));
        QCOMPARE(first.warning->evidence.first().value, QStringLiteral("CAN 77"));
        QVERIFY(first.warning->message.contains(QLatin1String("3 of 6")));
        QVERIFY(!check.score(a.specimenId, &wrong, true).warning); // still the same failure
        QVERIFY(!check.score(a.specimenId, &right, true).warning);
        QVERIFY(check.score(a.specimenId, &wrong, true).warning); // it came back
    }
};

QTEST_GUILESS_MAIN(TestControlCheck)
#include "tst_controlcheck.moc"
