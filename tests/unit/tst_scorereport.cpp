#include "scoring/CsvReader.h"
#include "scoring/RunScore.h"
#include "scoring/ScoreReport.h"
#include "scoring/TruthTable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using herb::Predictions;
using herb::RunScore;
using herb::ScoreReport;

// What `herbstream score` prints and writes: the table, the JSON, the --diff rows, and
// several runs side by side.
class tst_ScoreReport : public QObject
{
    Q_OBJECT

private slots:
    void headlineCountsEachTruthRowOnce();
    void tableShowsInventedAndAbstained();
    void diffListsEveryCellThatIsNotExact();
    void severalRunsWithAgreement();
    void jsonOfOneRunKeepsItsShape();
    void publishedRulesGiveAHandComputedTable();

private:
    static herb::TruthTable truth()
    {
        herb::TruthTable table;
        QString error;
        table.parse(QStringLiteral("id,scientificName,habitat\n"
                                   "a.jpg,Rosa acicularis,\n"
                                   "b.jpg,Salix,prairie\n"
                                   "c.jpg,Poa,\n"),
                    &error);
        return table;
    }

    static RunScore run(const Predictions &predicted, const QString &source = {})
    {
        QString error;
        RunScore scored
            = herb::scoreRun(truth(), predicted, herb::ScoreRules(), {}, &error).value();
        scored.source = source;
        return scored;
    }

    static Predictions modelA()
    {
        Predictions p;
        p.insert("a.jpg", { { "scientificName", "Rosa acicularis" }, { "habitat", "woods" } });
        p.insert("b.jpg", { { "scientificName", "Salix" }, { "habitat", "illegible" } });
        return p; // c.jpg has no record
    }

    static Predictions modelB()
    {
        Predictions p;
        p.insert("a.jpg", { { "scientificName", "Rosa acicularis" } });
        p.insert("b.jpg", { { "scientificName", "Salix sp." }, { "habitat", "prairie" } });
        p.insert("c.jpg", { { "scientificName", "Poa" } });
        return p;
    }
};

void tst_ScoreReport::headlineCountsEachTruthRowOnce()
{
    // Issue 15, case 1: it said "Scored 4" where the JSON said 3.
    const RunScore scored = run(modelA());
    QCOMPARE(scored.table.specimenCount(), 3);
    const QString text = ScoreReport::text({ scored });
    QVERIFY2(text.startsWith(QStringLiteral("Scored 3 specimen(s) (1 with no successful record)")),
             qPrintable(text));
    QCOMPARE(ScoreReport::json({ scored }).value(QLatin1String("specimens")).toInt(), 3);
}

void tst_ScoreReport::tableShowsInventedAndAbstained()
{
    const QString text = ScoreReport::text({ run(modelA()) });
    const QStringList lines = text.split(u'\n');
    QString heading;
    QString habitat;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("field")))
            heading = line;
        if (line.startsWith(QLatin1String("habitat")))
            habitat = line;
    }
    QCOMPARE(heading.simplified(),
             QStringLiteral("field compared exact graded invented abstained"));
    // habitat: a.jpg invented "woods", b.jpg abstained, c.jpg no record (empty truth: not
    // compared). One compared cell, a miss.
    QCOMPARE(habitat.simplified(), QStringLiteral("habitat 1 0.0 % 0.0 % 1 1"));
    QVERIFY2(text.contains(QStringLiteral("mean of fields")), qPrintable(text));
}

void tst_ScoreReport::diffListsEveryCellThatIsNotExact()
{
    const QByteArray csv = ScoreReport::diffCsv({ run(modelA()) });
    const QList<QStringList> rows = herb::CsvReader::parse(QString::fromUtf8(csv));
    QCOMPARE(rows.value(0),
             QStringList({ "specimen", "field", "model_value", "truth", "graded", "kind" }));
    QCOMPARE(
        rows.mid(1),
        QList<QStringList>({ { "a.jpg", "habitat", "woods", "", "0.000", "invented" },
                             { "b.jpg", "habitat", "illegible", "prairie", "0.000", "abstained" },
                             { "c.jpg", "scientificName", "", "Poa", "0.000", "missing" } }));

    // A formula-like model value is neutralised, as in occurrence.csv.
    Predictions evil;
    evil.insert("a.jpg", { { "scientificName", "=HYPERLINK(\"x\")" } });
    QVERIFY(ScoreReport::diffCsv({ run(evil) }).contains("'=HYPERLINK"));
}

void tst_ScoreReport::severalRunsWithAgreement()
{
    const QList<RunScore> runs { run(modelA(), "A"), run(modelB(), "B") };
    const QMap<QString, herb::Agreement> agreement = herb::runAgreement(runs);
    // scientificName: a equal, b differs, c: A has no record ("" vs "Poa"): 1 of 3.
    QCOMPARE(agreement.value("scientificName").considered, 3);
    QCOMPARE(agreement.value("scientificName").agreeing, 1);
    // habitat: a ("woods" vs nothing), b ("illegible" vs "prairie"): both cells in both runs
    // (c.jpg is not compared for A, which has no record).
    QCOMPARE(agreement.value("habitat").considered, 2);
    QCOMPARE(agreement.value("habitat").agreeing, 0);

    const QString text = ScoreReport::text(runs);
    QVERIFY2(text.contains(QStringLiteral("[1] A\n")) && text.contains(QStringLiteral("[2] B\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("agree")), qPrintable(text));

    const QJsonObject json = ScoreReport::json(runs);
    const QJsonArray list = json.value(QLatin1String("runs")).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("source")).toString(), QStringLiteral("B"));
    QCOMPARE(json.value(QLatin1String("agreement"))
                 .toObject()
                 .value(QLatin1String("scientificName"))
                 .toObject()
                 .value(QLatin1String("agreeing"))
                 .toInt(),
             1);
    QVERIFY(ScoreReport::diffCsv(runs).startsWith("run,specimen,"));
}

void tst_ScoreReport::jsonOfOneRunKeepsItsShape()
{
    const QJsonObject json = ScoreReport::json({ run(modelB()) });
    QCOMPARE(json.value(QLatin1String("missing")).toInt(), 0);
    const QJsonObject habitat
        = json.value(QLatin1String("fields")).toObject().value(QLatin1String("habitat")).toObject();
    QCOMPARE(habitat.value(QLatin1String("compared")).toInt(), 3);
    QCOMPARE(habitat.value(QLatin1String("correct_empty")).toInt(), 2);
    QCOMPARE(habitat.value(QLatin1String("exact")).toInt(), 3);
    QCOMPARE(json.value(QLatin1String("fields_order")).toArray().at(0).toString(),
             QStringLiteral("scientificName"));
    QVERIFY(json.value(QLatin1String("field_mean")).toObject().contains(QLatin1String("graded")));
    QVERIFY(json.value(QLatin1String("overall")).toObject().contains(QLatin1String("exact_rate")));
}

void tst_ScoreReport::publishedRulesGiveAHandComputedTable()
{
    // Issue 15: "invented values counted, graded on raw text, abstentions skipped". Figures
    // worked out by hand for four labels.
    herb::TruthTable truth;
    QString error;
    QVERIFY2(truth.parse(QStringLiteral("id,municipality,recordedBy\n"
                                        "1.jpg,Elbow,J. Smith\n"
                                        "2.jpg,,A. Jones\n"
                                        "3.jpg,not on label,K. Brown\n"
                                        "4.jpg,Regina,L. White\n"),
                         &error),
             qPrintable(error));
    Predictions predicted;
    predicted.insert("1.jpg", { { "municipality", "elbow" }, { "recordedBy", "J. Smith" } });
    predicted.insert("2.jpg", { { "municipality", "Saskatoon" }, { "recordedBy", "A Jones" } });
    predicted.insert("3.jpg", { { "recordedBy", "unsure and check" } });
    predicted.insert("4.jpg", { { "municipality", "Regina" }, { "recordedBy", "L. White" } });
    herb::ScoreRules rules;
    rules.gradedRaw = true;
    const RunScore run = herb::scoreRun(truth, predicted, rules, {}, &error).value();

    // municipality: 1 exact (folded) but graded raw 1 - 1/5; 2 invented (0); 3 correct empty
    // (1); 4 exact (1). Four cells, 3 exact, graded (0.8 + 0 + 1 + 1) / 4.
    const herb::FieldScore place = run.table.field("municipality");
    QCOMPARE(place.compared, 4);
    QCOMPARE(place.exact, 3);
    QCOMPARE(place.invented, 1);
    QCOMPARE(place.correctEmpty, 1);
    QCOMPARE(place.meanGraded(), (0.8 + 0.0 + 1.0 + 1.0) / 4);
    // recordedBy: 3.jpg abstained (skipped); 2.jpg wrong, graded 1 - 1/8.
    const herb::FieldScore who = run.table.field("recordedBy");
    QCOMPARE(who.compared, 3);
    QCOMPARE(who.abstained, 1);
    QCOMPARE(who.exact, 2);
    QCOMPARE(who.meanGraded(), (1.0 + 0.875 + 1.0) / 3);
    // Cell-weighted: 5 of 7 exact; mean of fields: (3/4 + 2/3) / 2.
    QCOMPARE(run.table.overall().exactRate(), 5.0 / 7.0);
    QCOMPARE(run.table.meanFieldExactRate(), (0.75 + 2.0 / 3.0) / 2);
}

QTEST_GUILESS_MAIN(tst_ScoreReport)
#include "tst_scorereport.moc"
