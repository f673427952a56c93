#include "dwc/OccurrenceTable.h"
#include "run/SpecimenRecord.h"
#include "scoring/Predictions.h"
#include "scoring/TruthTable.h"

#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using herb::Predictions;
using herb::SpecimenRecord;

// What `herbstream score` compares: the predictions read from a run (records.jsonl or the
// occurrence.csv beside it) and how truth rows are matched to them.
class tst_Predictions : public QObject
{
    Q_OBJECT

private slots:
    void runFolderGivesSuccessfulFinalRecords();
    void recordsFileGivesTheSame();
    void occurrenceCsvRowsMapBackToSpecimens();
    void missingRecordsIsAnError();
    void csvWithoutRecordsBesideItIsAnError();
    void truthMatchesByIdThenFileName();

private:
    static SpecimenRecord record(const QString &id, const QString &sha, bool success,
                                 const QString &name)
    {
        SpecimenRecord r;
        r.specimenId = id;
        r.sha256 = sha;
        r.success = success;
        r.record.dwc.insert(QStringLiteral("scientificName"), name);
        return r;
    }

    // a.jpg fails then succeeds (the last line is final), b.jpg fails, c.jpg succeeds.
    static QString writeRun(const QTemporaryDir &dir)
    {
        const QList<SpecimenRecord> lines {
            record(QStringLiteral("sheets/a.jpg"), QString(64, u'a'), false, {}),
            record(QStringLiteral("sheets/a.jpg"), QString(64, u'a'), true,
                   QStringLiteral("Rosa acicularis")),
            record(QStringLiteral("sheets/b.jpg"), QString(64, u'b'), false,
                   QStringLiteral("Salix")),
            record(QStringLiteral("c.jpg"), QString(64, u'c'), true, QStringLiteral("Poa")),
        };
        QByteArray bytes;
        for (const SpecimenRecord &line : lines)
            bytes += QJsonDocument(line.toJson()).toJson(QJsonDocument::Compact) + '\n';
        const QString path = dir.filePath(QStringLiteral("records.jsonl"));
        if (!herb::test::writeFile(path, bytes))
            return {};
        return path;
    }
};

void tst_Predictions::runFolderGivesSuccessfulFinalRecords()
{
    QTemporaryDir dir;
    QVERIFY(!writeRun(dir).isEmpty());
    QString error;
    const std::optional<Predictions> predicted = herb::readPredictions(dir.path(), &error);
    QVERIFY2(predicted, qPrintable(error));
    QCOMPARE(predicted->size(), 2);
    QCOMPARE(
        predicted->value(QStringLiteral("sheets/a.jpg")).value(QStringLiteral("scientificName")),
        QStringLiteral("Rosa acicularis"));
    QCOMPARE(predicted->value(QStringLiteral("c.jpg")).value(QStringLiteral("scientificName")),
             QStringLiteral("Poa"));
    QVERIFY(!predicted->contains(QStringLiteral("sheets/b.jpg")));
}

void tst_Predictions::recordsFileGivesTheSame()
{
    QTemporaryDir dir;
    const QString records = writeRun(dir);
    QString error;
    const std::optional<Predictions> fromFile = herb::readPredictions(records, &error);
    const std::optional<Predictions> fromFolder = herb::readPredictions(dir.path(), &error);
    QVERIFY(fromFile && fromFolder);
    QCOMPARE(*fromFile, *fromFolder);
}

void tst_Predictions::occurrenceCsvRowsMapBackToSpecimens()
{
    QTemporaryDir dir;
    QVERIFY(!writeRun(dir).isEmpty());
    // The CSV is taken as it is (an edited export): its values, not the records', are scored.
    const QString csv = dir.filePath(QStringLiteral("occurrence.csv"));
    QVERIFY(herb::test::writeFile(csv,
                                  ("occurrenceID,scientificName,locality\n"
                                   + herb::OccurrenceTable::occurrenceId(QString(64, u'a'))
                                   + ",\"Rosa, edited\",Regina\n"
                                   + "urn:uuid:not-from-this-run,Carex,Nowhere\n")
                                      .toUtf8()));
    QString error;
    const std::optional<Predictions> predicted = herb::readPredictions(csv, &error);
    QVERIFY2(predicted, qPrintable(error));
    QCOMPARE(predicted->size(), 1);
    const QMap<QString, QString> a = predicted->value(QStringLiteral("sheets/a.jpg"));
    QCOMPARE(a.value(QStringLiteral("scientificName")), QStringLiteral("Rosa, edited"));
    QCOMPARE(a.value(QStringLiteral("locality")), QStringLiteral("Regina"));
}

void tst_Predictions::missingRecordsIsAnError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!herb::readPredictions(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("records.jsonl")), qPrintable(error));
}

void tst_Predictions::csvWithoutRecordsBesideItIsAnError()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("occurrence.csv"));
    QVERIFY(herb::test::writeFile(csv, "occurrenceID,scientificName\nx,Poa\n"));
    QString error;
    QVERIFY(!herb::readPredictions(csv, &error));
    QVERIFY2(error.contains(QStringLiteral("no records.jsonl beside")), qPrintable(error));
}

void tst_Predictions::truthMatchesByIdThenFileName()
{
    herb::TruthTable truth;
    QString error;
    QVERIFY2(truth.parse(QStringLiteral("id,scientificName\n"
                                        "sheets/a.jpg,Rosa acicularis\n" // by id
                                        "b.jpg,Salix\n" // by file name: other/b.jpg
                                        "d.jpg,Poa\n"), // no prediction: a miss
                         &error),
             qPrintable(error));
    Predictions predicted;
    predicted.insert(QStringLiteral("sheets/a.jpg"),
                     { { QStringLiteral("scientificName"), QStringLiteral("Rosa acicularis") } });
    predicted.insert(QStringLiteral("other/b.jpg"),
                     { { QStringLiteral("scientificName"), QStringLiteral("Salix") } });
    predicted.insert(QStringLiteral("unlisted.jpg"),
                     { { QStringLiteral("scientificName"), QStringLiteral("Carex") } });

    const herb::ScoreTable table = herb::scorePredictions(truth, predicted);
    QCOMPARE(table.specimenCount(), 3); // the missing one included
    QCOMPARE(table.missingCount(), 1);
    const herb::FieldScore name = table.field(QStringLiteral("scientificName"));
    QCOMPARE(name.compared, 3);
    QCOMPARE(name.exact, 2);
}

QTEST_GUILESS_MAIN(tst_Predictions)
#include "tst_predictions.moc"
