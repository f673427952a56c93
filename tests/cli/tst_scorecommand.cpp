#include "CliRun.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

// `herbstream score` through the built executable (issue 15): its options, exit codes and
// files. The counting itself is tested in tests/unit (tst_scoring, tst_predictions,
// tst_truthtable, tst_scorereport).
class TestScoreCommand : public QObject
{
    Q_OBJECT

private:
    using Outcome = test::CliTextOutcome;

    static Outcome run(const QStringList &arguments)
    {
        return test::toText(test::runHerbstream(arguments, 60000));
    }

    // Two runs and a truth table in `dir`.
    static bool writeFixture(const QTemporaryDir &dir)
    {
        return test::writeFile(dir.filePath(QStringLiteral("a.jsonl")),
                               "{\"specimen_id\":\"s/a.jpg\",\"status\":\"success\",\"dwc\":"
                               "{\"scientificName\":\"Poa\",\"habitat\":\"woods\"}}\n"
                               "{\"specimen_id\":\"s/b.jpg\",\"status\":\"success\",\"dwc\":"
                               "{\"scientificName\":\"illegible\"}}\n")
            && test::writeFile(dir.filePath(QStringLiteral("b.jsonl")),
                               "{\"specimen_id\":\"s/a.jpg\",\"status\":\"success\",\"dwc\":"
                               "{\"scientificName\":\"Poa\"}}\n"
                               "{\"specimen_id\":\"s/b.jpg\",\"status\":\"success\",\"dwc\":"
                               "{\"scientificName\":\"Carex\"}}")
            && test::writeFile(dir.filePath(QStringLiteral("truth.csv")),
                               "id,scientificName,habitat\na.jpg,Poa,N/A\nb.jpg,Carex,\n");
    }

private Q_SLOTS:
    void helpDescribesEveryOption()
    {
        const Outcome help = run({ QStringLiteral("score"), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char *option : { "--json", "--diff FILE.csv", "--ignore-empty-truth",
                                    "--empty-tokens LIST", "--abstain-tokens LIST", "--graded-raw",
                                    "--normalize LIST", "--map COLUMN=TERM", "--key TERM" })
            QVERIFY2(help.out.contains(QStringLiteral("\n  ") + QLatin1String(option)), option);
        QVERIFY(help.out.contains(QStringLiteral("RECORDS...")));
    }

    void twoRunsWithDiffAndJson()
    {
        QTemporaryDir dir;
        QVERIFY(writeFixture(dir));
        const QString diff = dir.filePath(QStringLiteral("diff.csv"));
        const Outcome table
            = run({ QStringLiteral("score"), dir.filePath("a.jsonl"), dir.filePath("b.jsonl"),
                    dir.filePath("truth.csv"), QStringLiteral("--diff"), diff });
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("agree")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("invented")), qPrintable(table.out));
        QFile file(diff);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(file.readAll());
        QVERIFY2(
            rows.startsWith(QStringLiteral("run,specimen,field,model_value,truth,graded,kind")),
            qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral(",a.jpg,habitat,woods,N/A,0.000,invented")),
                 qPrintable(rows));
        QVERIFY2(rows.contains(QStringLiteral(",b.jpg,scientificName,illegible,Carex,0.000,"
                                              "abstained")),
                 qPrintable(rows));

        const Outcome json
            = run({ QStringLiteral("score"), dir.filePath("a.jsonl"), dir.filePath("b.jsonl"),
                    dir.filePath("truth.csv"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("runs")).toArray().size(), 2);
        // b.jsonl's last line has no newline: it is read (b.jpg exact in run 2).
        const QJsonObject second = root.value(QLatin1String("runs")).toArray().at(1).toObject();
        QCOMPARE(second.value(QLatin1String("overall")).toObject().value("exact").toInt(), 4);
    }

    void badOptionValuesAreUsageErrors()
    {
        QTemporaryDir dir;
        QVERIFY(writeFixture(dir));
        const Outcome normalize
            = run({ QStringLiteral("score"), dir.filePath("a.jsonl"), dir.filePath("truth.csv"),
                    QStringLiteral("--normalize"), QStringLiteral("accents") });
        QCOMPARE(normalize.exitCode, 2);
        QVERIFY2(normalize.err.contains(QStringLiteral("accents")), qPrintable(normalize.err));
        const Outcome map
            = run({ QStringLiteral("score"), dir.filePath("a.jsonl"), dir.filePath("truth.csv"),
                    QStringLiteral("--map"), QStringLiteral("collector") });
        QCOMPARE(map.exitCode, 2);
    }

    void badTruthFailsNamingTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFixture(dir));
        const QString empty = dir.filePath(QStringLiteral("empty.csv"));
        QVERIFY(test::writeFile(empty, "id,scientificName\n"));
        const Outcome outcome = run({ QStringLiteral("score"), dir.filePath("a.jsonl"), empty });
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QStringLiteral("empty.csv"))
                     && outcome.err.contains(QStringLiteral("no specimen rows")),
                 qPrintable(outcome.err));
        QVERIFY(outcome.out.isEmpty()); // no 0.0 % table
    }
};

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "tst_scorecommand.moc"
