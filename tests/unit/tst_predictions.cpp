#include "dwc/OccurrenceTable.h"
#include "run/SpecimenRecord.h"
#include "scoring/Predictions.h"
#include "scoring/RunScore.h"
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
    void lastLineWithoutNewlineIsARecord();
    void numbersInDwcAreValues();
    void unreadableLinesAreCounted();
    void ambiguousFileNameMatchesNothing();
    void truthIdWithFolderOrUrlMatchesByFileName();
    void recordsWithoutTruthRowAreCounted();
    void columnThatIsNoTermIsNotScored();
    void mappedColumnIsScoredAsItsTerm();
    void columnNoRecordHasIsWarned();
    void foreignCsvMatchesOnKey();
    void foreignCsvWithoutNameOrKeyIsAnError();
    void keyMustBeATruthColumn();
    void twoColumnsForOneTermIsAnError();

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

namespace {

herb::TruthTable truthOf(const char *csv)
{
    herb::TruthTable truth;
    QString error;
    if (!truth.parse(QString::fromUtf8(csv), &error))
        qWarning("truth: %s", qPrintable(error));
    return truth;
}

herb::RunScore scored(const herb::TruthTable &truth, const Predictions &predicted,
                      const QString &key = {})
{
    QString error;
    std::optional<herb::RunScore> run
        = herb::scoreRun(truth, predicted, herb::ScoreRules(), key, &error);
    if (!run)
        qWarning("scoreRun: %s", qPrintable(error));
    return run.value_or(herb::RunScore {});
}

bool anyContains(const QStringList &warnings, const QString &text)
{
    for (const QString &warning : warnings) {
        if (warning.contains(text))
            return true;
    }
    return false;
}

} // namespace

void tst_Predictions::lastLineWithoutNewlineIsARecord()
{
    // Issue 15, case 3: another tool ends its file without a newline; `score` reads files
    // whole (only a log being written can be torn).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.jsonl"));
    QVERIFY(herb::test::writeFile(
        path,
        "{\"specimen_id\":\"a.jpg\",\"status\":\"success\",\"dwc\":{\"locality\":\"A\"}}\n"
        "{\"specimen_id\":\"b.jpg\",\"status\":\"success\",\"dwc\":{\"locality\":\"B\"}}"));
    QString error;
    const std::optional<Predictions> predicted = herb::readPredictions(path, &error);
    QVERIFY2(predicted, qPrintable(error));
    QCOMPARE(predicted->value(QStringLiteral("b.jpg")).value(QStringLiteral("locality")),
             QStringLiteral("B"));
}

void tst_Predictions::numbersInDwcAreValues()
{
    // Issue 15, case 4.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.jsonl"));
    QVERIFY(herb::test::writeFile(path,
                                  "{\"specimen_id\":\"a.jpg\",\"status\":\"success\","
                                  "\"dwc\":{\"recordNumber\":2734,"
                                  "\"decimalLatitude\":50.45,\"sex\":null}}\n"));
    QString error;
    const std::optional<Predictions> predicted = herb::readPredictions(path, &error);
    QVERIFY2(predicted, qPrintable(error));
    const QMap<QString, QString> a = predicted->value(QStringLiteral("a.jpg"));
    QCOMPARE(a.value(QStringLiteral("recordNumber")), QStringLiteral("2734"));
    QCOMPARE(a.value(QStringLiteral("decimalLatitude")), QStringLiteral("50.45"));
    QCOMPARE(a.value(QStringLiteral("sex")), QString());
}

void tst_Predictions::unreadableLinesAreCounted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.jsonl"));
    QVERIFY(herb::test::writeFile(path,
                                  "{\"specimen_id\":\"a.jpg\",\"status\":\"success\"}\n"
                                  "{\"specimen_id\":\"b.jpg\",\"sta\n"
                                  "<html>\n"));
    QString error;
    QStringList warnings;
    const std::optional<Predictions> predicted = herb::readPredictions(path, &error, &warnings);
    QVERIFY2(predicted, qPrintable(error));
    QCOMPARE(predicted->size(), 1);
    QVERIFY2(anyContains(warnings, QStringLiteral("2 line(s) are not JSON records")),
             qPrintable(warnings.join(u'|')));
}

void tst_Predictions::ambiguousFileNameMatchesNothing()
{
    // Issue 15, case 2: which of the two would win depended on hash order.
    const herb::TruthTable truth = truthOf("id,locality\na.jpg,Regina\n");
    Predictions predicted;
    predicted.insert(QStringLiteral("box1/a.jpg"), { { QStringLiteral("locality"), "Regina" } });
    predicted.insert(QStringLiteral("box2/a.jpg"), { { QStringLiteral("locality"), "Estevan" } });
    const herb::RunScore run = scored(truth, predicted);
    QCOMPARE(run.table.missingCount(), 1);
    QCOMPARE(run.table.field(QStringLiteral("locality")).exact, 0);
    QVERIFY2(anyContains(run.warnings, QStringLiteral("match several records")),
             qPrintable(run.warnings.join(u'|')));
    QVERIFY(anyContains(run.warnings, QStringLiteral("a.jpg")));
}

void tst_Predictions::truthIdWithFolderOrUrlMatchesByFileName()
{
    const herb::TruthTable truth
        = truthOf("id,locality\nhttps://example.org/img/a.jpg?download=1,Regina\n"
                  "scans/box7/b.jpg,Estevan\n");
    Predictions predicted;
    predicted.insert(QStringLiteral("a.jpg"), { { QStringLiteral("locality"), "Regina" } });
    predicted.insert(QStringLiteral("b.jpg"), { { QStringLiteral("locality"), "Estevan" } });
    const herb::RunScore run = scored(truth, predicted);
    QCOMPARE(run.table.missingCount(), 0);
    QCOMPARE(run.table.field(QStringLiteral("locality")).exact, 2);
    // A cell names both: the truth's id (for the diff) and the record's (to open it).
    const herb::ScoredCell first = run.table.cells().first();
    QCOMPARE(first.specimen, QStringLiteral("https://example.org/img/a.jpg?download=1"));
    QCOMPARE(first.recordId, QStringLiteral("a.jpg"));
}

void tst_Predictions::recordsWithoutTruthRowAreCounted()
{
    const herb::TruthTable truth = truthOf("id,locality\na.jpg,Regina\n");
    Predictions predicted;
    predicted.insert(QStringLiteral("a.jpg"), { { QStringLiteral("locality"), "Regina" } });
    predicted.insert(QStringLiteral("x.jpg"), { { QStringLiteral("locality"), "Estevan" } });
    predicted.insert(QStringLiteral("y.jpg"), { { QStringLiteral("locality"), "Estevan" } });
    const herb::RunScore run = scored(truth, predicted);
    QVERIFY2(anyContains(run.warnings, QStringLiteral("2 record(s) match no truth row")),
             qPrintable(run.warnings.join(u'|')));
}

void tst_Predictions::columnThatIsNoTermIsNotScored()
{
    // It would score 0 % and pull the overall down.
    const herb::TruthTable truth = truthOf("id,locality,notes\na.jpg,Regina,checked by KB\n");
    Predictions predicted;
    predicted.insert(QStringLiteral("a.jpg"), { { QStringLiteral("locality"), "Regina" } });
    const herb::RunScore run = scored(truth, predicted);
    QCOMPARE(run.table.fields(), QStringList { QStringLiteral("locality") });
    QCOMPARE(run.table.overall().exactRate(), 1.0);
    QVERIFY2(anyContains(run.warnings, QStringLiteral("not Darwin Core terms")),
             qPrintable(run.warnings.join(u'|')));
    QVERIFY(anyContains(run.warnings, QStringLiteral("notes")));
}

void tst_Predictions::mappedColumnIsScoredAsItsTerm()
{
    const herb::TruthTable truth = truthOf("id,collector,locality\na.jpg,J. Smith,Regina\n");
    Predictions predicted;
    predicted.insert(
        QStringLiteral("a.jpg"),
        { { QStringLiteral("recordedBy"), "J. Smith" }, { QStringLiteral("locality"), "Regina" } });
    herb::ScoreRules rules;
    rules.columnMap.insert(QStringLiteral("collector"), QStringLiteral("recordedBy"));
    QString error;
    const auto run = herb::scoreRun(truth, predicted, rules, {}, &error);
    QVERIFY2(run, qPrintable(error));
    // The truth file's column order, not alphabetical.
    QCOMPARE(run->table.fields(), QStringList({ "recordedBy", "locality" }));
    QCOMPARE(run->table.field(QStringLiteral("recordedBy")).exact, 1);
    QVERIFY2(run->warnings.isEmpty(), qPrintable(run->warnings.join(u'|')));
}

void tst_Predictions::columnNoRecordHasIsWarned()
{
    const herb::TruthTable truth = truthOf("id,locality,habitat\na.jpg,Regina,prairie\n");
    Predictions predicted;
    predicted.insert(QStringLiteral("a.jpg"), { { QStringLiteral("locality"), "Regina" } });
    const herb::RunScore run = scored(truth, predicted);
    QCOMPARE(run.table.field(QStringLiteral("habitat")).compared, 1); // still a miss
    QVERIFY2(anyContains(run.warnings, QStringLiteral("no record has a value for habitat")),
             qPrintable(run.warnings.join(u'|')));
}

void tst_Predictions::foreignCsvMatchesOnKey()
{
    // An occurrence.csv from another tool: no records.jsonl beside it, no image names.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("occurrence.csv"));
    QVERIFY(herb::test::writeFile(csv,
                                  "catalogNumber;scientificName\n"
                                  "DAO 000123;Rosa acicularis\n"
                                  "DAO 000124;Salix\n"));
    QString error;
    const std::optional<Predictions> predicted
        = herb::readPredictions(csv, &error, nullptr, QStringLiteral("catalogNumber"));
    QVERIFY2(predicted, qPrintable(error));
    const herb::TruthTable truth = truthOf("id,catalogNumber,scientificName\n"
                                           "x.jpg,DAO 000124,Salix\n"
                                           "y.jpg,DAO 000123,Rosa acicularis\n");
    const herb::RunScore run = scored(truth, *predicted, QStringLiteral("catalogNumber"));
    QCOMPARE(run.table.missingCount(), 0);
    QCOMPARE(run.table.field(QStringLiteral("scientificName")).exact, 2);
}

void tst_Predictions::foreignCsvWithoutNameOrKeyIsAnError()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("occurrence.csv"));
    QVERIFY(herb::test::writeFile(csv, "catalogNumber,scientificName\nDAO 1,Poa\n"));
    QString error;
    QVERIFY(!herb::readPredictions(csv, &error));
    QVERIFY2(error.contains(QStringLiteral("--key")), qPrintable(error));

    // With an image name column it needs no key.
    QVERIFY(herb::test::writeFile(csv, "image,scientificName\nbox/a.jpg,Poa\n"));
    const std::optional<Predictions> predicted = herb::readPredictions(csv, &error);
    QVERIFY2(predicted, qPrintable(error));
    QVERIFY(predicted->contains(QStringLiteral("box/a.jpg")));
}

void tst_Predictions::keyMustBeATruthColumn()
{
    const herb::TruthTable truth = truthOf("id,locality\na.jpg,Regina\n");
    QString error;
    QVERIFY(
        !herb::scoreRun(truth, {}, herb::ScoreRules(), QStringLiteral("catalogNumber"), &error));
    QVERIFY2(error.contains(QStringLiteral("catalogNumber")), qPrintable(error));
}

void tst_Predictions::twoColumnsForOneTermIsAnError()
{
    const herb::TruthTable truth = truthOf("id,collector,recordedBy\na.jpg,J. Smith,J. Smyth\n");
    herb::ScoreRules rules;
    rules.columnMap.insert(QStringLiteral("collector"), QStringLiteral("recordedBy"));
    QString error;
    QVERIFY(!herb::scoreRun(truth, {}, rules, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("collector and recordedBy are both scored as "
                                           "recordedBy")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Predictions)
#include "tst_predictions.moc"
