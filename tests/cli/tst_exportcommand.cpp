// `herbstream export` and `herbstream review-log` (issue 13): occurrence.csv and dwca.zip
// regenerated from records.jsonl + reviews.jsonl, corrections applied, rejected records left
// out, --approved-only, dynamicProperties, eml.xml methods; a bad review line refuses the
// export with its number.

#include "CliRun.h"
#include "CsvRows.h"
#include "TestSupport.h"
#include "ZipReader.h"
#include "review/ReviewLog.h"
#include "run/RecordStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using namespace herb::test;

namespace {

const QString kPromptSha = QStringLiteral("5e").repeated(32);

SpecimenRecord record(int n, bool success = true)
{
    SpecimenRecord r;
    r.specimenId = QStringLiteral("box1/s%1.jpg").arg(n);
    r.sha256 = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
    r.success = success;
    r.engine = QStringLiteral("openai");
    r.model = QStringLiteral("vision/test-model");
    r.promptSha256 = kPromptSha;
    r.timestampMs = 1'700'000'000'000 + n;
    if (success) {
        r.record.dwc = {
            { QStringLiteral("catalogNumber"), QStringLiteral("MO-%1").arg(n) },
            { QStringLiteral("scientificName"), QStringLiteral("Quercus alba") },
            { QStringLiteral("locality"), QStringLiteral("Sta Cruz %1").arg(n) },
            { QStringLiteral("recordedBy"), QStringLiteral("J. Steyermark") },
        };
    } else {
        r.error.kind = ErrorKind::Parse;
    }
    return r;
}

ReviewEntry decision(int n, ReviewStatus to, const QString &note = {})
{
    ReviewEntry entry;
    entry.specimenId = QStringLiteral("box1/s%1.jpg").arg(n);
    entry.statusFrom = ReviewStatus::Unreviewed;
    entry.statusTo = to;
    entry.note = note;
    return entry;
}

ReviewEntry correction(int n, const QString &field, const QString &before, const QString &after)
{
    ReviewEntry entry;
    entry.specimenId = QStringLiteral("box1/s%1.jpg").arg(n);
    entry.field = field;
    entry.before = before;
    entry.after = after;
    return entry;
}

// Rows of a CSV or tab-separated text keyed by catalogNumber.
QHash<QString, QHash<QString, QString>> rowsByCatalogNumber(const QString &text, QChar delimiter)
{
    return rowsByColumn(text, delimiter, QStringLiteral("catalogNumber"));
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_run;

private slots:
    // A run of five sheets (s5 failed) reviewed by "Ana Curator": s1 corrected and approved,
    // s2 approved, s3 rejected, s4 left unreviewed.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_run = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(m_run));
        QString error;
        {
            auto store = RecordStore::open(m_run + QLatin1String("/records.jsonl"), &error);
            QVERIFY2(store, qPrintable(error));
            for (int n = 1; n <= 5; ++n)
                QVERIFY(store->append(record(n, n != 5), &error));
        }
        const QJsonObject runJson {
            { QStringLiteral("settings"),
              QJsonObject { { QStringLiteral("export"),
                              QJsonObject {
                                  { QStringLiteral("institution_code"), QStringLiteral("MO") },
                                  { QStringLiteral("title"), QStringLiteral("Reviewed oaks") },
                              } } } }
        };
        QVERIFY(writeFile(m_run + QLatin1String("/run.json"), QJsonDocument(runJson).toJson()));
        auto log = ReviewLog::open(m_run, &error);
        QVERIFY2(log, qPrintable(error));
        log->setReviewer(QStringLiteral("Ana Curator"));
        QVERIFY(log->append(correction(1, QStringLiteral("locality"), QStringLiteral("Sta Cruz 1"),
                                       QStringLiteral("Santa Cruz")),
                            &error));
        QVERIFY(log->append(
            correction(1, QStringLiteral("eventDate"), QString(), QStringLiteral("1972-09-14")),
            &error));
        QVERIFY(log->append(decision(1, ReviewStatus::Approved), &error));
        QVERIFY(log->append(decision(2, ReviewStatus::Approved), &error));
        QVERIFY(log->append(decision(3, ReviewStatus::Rejected, QStringLiteral("not a sheet")),
                            &error));
        // The log stays open (a window reviewing): exporting and listing need no lock.
        m_log = std::move(log);
    }

    void cleanupTestCase() { m_log.reset(); }

    void exportsApprovedOnlyWithCorrections()
    {
        const QString out = m_dir.filePath(QStringLiteral("approved"));
        const CliTextOutcome outcome = toText(
            runHerbstream({ QStringLiteral("export"), m_run, QStringLiteral("--approved-only"),
                            QStringLiteral("--out"), out }));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QVERIFY2(outcome.out.contains(QLatin1String("2 records exported")),
                 qPrintable(outcome.out));

        const auto csv = rowsByCatalogNumber(
            QString::fromUtf8(readFile(out + QLatin1String("/occurrence.csv"))), u',');
        QCOMPARE(csv.size(), 2);
        QVERIFY(csv.contains(QStringLiteral("MO-1")));
        QVERIFY(csv.contains(QStringLiteral("MO-2")));
        const QHash<QString, QString> first = csv.value(QStringLiteral("MO-1"));
        QCOMPARE(first.value(QStringLiteral("locality")), QStringLiteral("Santa Cruz"));
        QCOMPARE(first.value(QStringLiteral("eventDate")), QStringLiteral("1972-09-14"));
        QCOMPARE(first.value(QStringLiteral("institutionCode")), QStringLiteral("MO"));
        const QJsonObject properties
            = QJsonDocument::fromJson(first.value(QStringLiteral("dynamicProperties")).toUtf8())
                  .object();
        QCOMPARE(properties.value(QLatin1String("reviewStatus")).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(properties.value(QLatin1String("reviewedByPerson")).toBool(), true);
        QCOMPARE(properties.value(QLatin1String("curatorFields")).toArray(),
                 (QJsonArray { QStringLiteral("eventDate"), QStringLiteral("locality") }));
        QCOMPARE(properties.value(QLatin1String("machineFields")).toArray(),
                 (QJsonArray { QStringLiteral("catalogNumber"), QStringLiteral("recordedBy"),
                               QStringLiteral("scientificName") }));
        QCOMPARE(properties.value(QLatin1String("reviewers")).toArray(),
                 QJsonArray { QStringLiteral("Ana Curator") });

        ZipReader zip;
        QVERIFY2(zip.readFile(out + QLatin1String("/dwca.zip")), qPrintable(zip.errorString()));
        const auto txt = rowsByCatalogNumber(
            QString::fromUtf8(zip.data(QStringLiteral("occurrence.txt"))), u'\t');
        QCOMPARE(txt.size(), 2);
        QCOMPARE(txt.value(QStringLiteral("MO-1")).value(QStringLiteral("locality")),
                 QStringLiteral("Santa Cruz"));
        QVERIFY(!txt.contains(QStringLiteral("MO-3")));
        QVERIFY(zip.data(QStringLiteral("meta.xml"))
                    .contains("http://rs.tdwg.org/dwc/terms/dynamicProperties"));
        const QByteArray eml = zip.data(QStringLiteral("eml.xml"));
        QVERIFY2(eml.contains("<methods>"), eml.constData());
        QVERIFY(eml.contains("vision/test-model"));
        QVERIFY(eml.contains(kPromptSha.toLatin1()));
        QVERIFY(eml.contains("only records a curator approved"));
        // The run folder's own exports were not touched.
        QVERIFY(!QFile::exists(m_run + QLatin1String("/occurrence.csv")));
    }

    void exportsAllButRejectedByDefault()
    {
        const CliTextOutcome outcome = toText(runHerbstream({ QStringLiteral("export"), m_run }));
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        const auto csv = rowsByCatalogNumber(
            QString::fromUtf8(readFile(m_run + QLatin1String("/occurrence.csv"))), u',');
        QCOMPARE(QSet<QString>(csv.keyBegin(), csv.keyEnd()),
                 (QSet<QString> { QStringLiteral("MO-1"), QStringLiteral("MO-2"),
                                  QStringLiteral("MO-4") }));
        const QJsonObject unreviewed
            = QJsonDocument::fromJson(csv.value(QStringLiteral("MO-4"))
                                          .value(QStringLiteral("dynamicProperties"))
                                          .toUtf8())
                  .object();
        QCOMPARE(unreviewed.value(QLatin1String("reviewStatus")).toString(),
                 QStringLiteral("unreviewed"));
        QCOMPARE(unreviewed.value(QLatin1String("reviewedByPerson")).toBool(), false);
        QVERIFY(unreviewed.value(QLatin1String("curatorFields")).toArray().isEmpty());
        ZipReader zip;
        QVERIFY(zip.readFile(m_run + QLatin1String("/dwca.zip")));
        QVERIFY(zip.data(QStringLiteral("eml.xml"))
                    .contains("records a curator rejected are left out"));
    }

    void corruptReviewLineRefusesTheExport()
    {
        // A copy of the run whose reviews.jsonl has a broken second line.
        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        for (const QString name : { QStringLiteral("records.jsonl"), QStringLiteral("run.json") })
            QVERIFY(QFile::copy(m_run + QLatin1Char('/') + name, broken + QLatin1Char('/') + name));
        QByteArrayList lines = readLines(ReviewLog::pathIn(m_run));
        QCOMPARE(lines.size(), 5);
        lines[1] = "{\"specimen_id\":\"box1/s1.jpg\",\"field\":";
        QVERIFY(writeFile(ReviewLog::pathIn(broken), lines.join('\n') + '\n'));

        const CliTextOutcome outcome = toText(runHerbstream({ QStringLiteral("export"), broken }));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.err.contains(QLatin1String("reviews.jsonl, line 2")),
                 qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(QLatin1String("export refused")), qPrintable(outcome.err));
        QVERIFY(!QFile::exists(broken + QLatin1String("/occurrence.csv")));
        QVERIFY(!QFile::exists(broken + QLatin1String("/dwca.zip")));

        const CliTextOutcome log = toText(runHerbstream({ QStringLiteral("review-log"), broken }));
        QCOMPARE(log.exitCode, 1);
        QVERIFY(log.err.contains(QLatin1String("line 2")));
        QCOMPARE(log.out.count(QLatin1Char('\n')), 1); // the line before it is still listed
    }

    void reviewLogSaysWhoChangedWhat()
    {
        const CliTextOutcome text = toText(runHerbstream({ QStringLiteral("review-log"), m_run }));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).contains(QStringLiteral("Ana Curator  box1/s1.jpg  locality: "
                                                     "'Sta Cruz 1' → 'Santa Cruz'")),
                 qPrintable(lines.at(0)));
        QVERIFY2(
            lines.at(4).contains(QStringLiteral("status unreviewed → rejected  (not a sheet)")),
            qPrintable(lines.at(4)));

        const CliOutcome json
            = runHerbstream({ QStringLiteral("review-log"), m_run, QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QByteArrayList objects = json.out.split('\n');
        QCOMPARE(objects.size(), 6); // five lines and the empty rest after the last '\n'
        const QJsonObject last = QJsonDocument::fromJson(objects.at(4)).object();
        QCOMPARE(last.value(QLatin1String("specimen_id")).toString(),
                 QStringLiteral("box1/s3.jpg"));
        QCOMPARE(last.value(QLatin1String("status")).toObject().value(QLatin1String("to")),
                 QStringLiteral("rejected"));
        QCOMPARE(last.value(QLatin1String("reviewer")).toString(), QStringLiteral("Ana Curator"));
    }

    void usageAndHelp()
    {
        QCOMPARE(runHerbstream({ QStringLiteral("export") }).exitCode, 2);
        QCOMPARE(runHerbstream({ QStringLiteral("review-log") }).exitCode, 2);
        const CliTextOutcome help
            = toText(runHerbstream({ QStringLiteral("export"), QStringLiteral("--help") }));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--approved-only")));
        const CliTextOutcome missing = toText(
            runHerbstream({ QStringLiteral("export"), m_dir.filePath(QStringLiteral("none")) }));
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("records.jsonl")), qPrintable(missing.err));
    }

private:
    std::unique_ptr<ReviewLog> m_log;
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
