// The workbench's core (core/review): a ReviewSession writes each decision to reviews.jsonl at
// once and undoes by appending the inverse; a second session on the run is read-only and says
// who holds it; a corrupt line makes it read-only with the line's number. FieldCheck says what
// is wrong with a typed value; FieldRows says where each value comes from.

#include "TestSupport.h"
#include "dwc/DwcTerms.h"
#include "review/FieldCheck.h"
#include "review/FieldRows.h"
#include "review/ReviewLog.h"
#include "review/ReviewLogReader.h"
#include "review/ReviewSession.h"
#include "run/SpecimenRecord.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

namespace {

SpecimenRecord sheet(const QString &id = QStringLiteral("box1/s1.jpg"))
{
    SpecimenRecord record;
    record.specimenId = id;
    record.sha256 = QStringLiteral("ab").repeated(32);
    record.success = true;
    record.engine = QStringLiteral("openai");
    record.model = QStringLiteral("vision/test-model");
    record.timestampMs = 1'700'000'000'000;
    record.record.dwc = {
        { QStringLiteral("catalogNumber"), QStringLiteral("DAO 129001") },
        { QStringLiteral("eventDate"), QStringLiteral("1972-09-14") },
        { QStringLiteral("verbatimEventDate"), QStringLiteral("14 Sept. 1972") },
        { QStringLiteral("locality"), QStringLiteral("Sta Cruz") },
        { QStringLiteral("scientificName"), QStringLiteral("Carex nigra") },
    };
    record.record.confidence.insert(QStringLiteral("locality"), 0.4);
    record.record.extra.insert(QStringLiteral("barcodes"),
                               QJsonArray { QStringLiteral("DAO129001") });
    record.flags = { QStringLiteral("repeated_value:locality") };
    return record;
}

} // namespace

class TestReviewSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newRun(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        return folder;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decisionsAreWrittenAtOnceAndUndoneByAnInverseLine()
    {
        const QString run = newRun(QStringLiteral("undo"));
        QString error;
        auto session = ReviewSession::open(run, &error);
        QVERIFY2(session, qPrintable(error));
        session->setReviewer(QStringLiteral("Ana"));
        const SpecimenRecord record = sheet();

        QVERIFY(session->correct(record, QStringLiteral("locality"), QStringLiteral("Santa Cruz"),
                                 &error));
        // The same value again writes nothing.
        QVERIFY(session->correct(record, QStringLiteral("locality"), QStringLiteral("Santa Cruz "),
                                 &error));
        QVERIFY(
            session->setStatus(record, ReviewStatus::Approved, QStringLiteral("checked"), &error));
        QCOMPARE(readReviewLog(ReviewLog::pathIn(run)).entries.size(), 2);
        QCOMPARE(session->statusOf(record.specimenId), ReviewStatus::Approved);
        QCOMPARE(session->reviewedCount(), 1);
        QCOMPARE(session->reviewed(record).dwc.value(QStringLiteral("locality")),
                 QStringLiteral("Santa Cruz"));
        QVERIFY(!session->reviewed(record).changedSinceReview);

        // Undo, newest first: the approval, then the correction.
        QVERIFY(session->canUndo());
        QVERIFY(session->undo(&error));
        QCOMPARE(session->statusOf(record.specimenId), ReviewStatus::Unreviewed);
        QVERIFY(session->undo(&error));
        QCOMPARE(session->reviewed(record).dwc.value(QStringLiteral("locality")),
                 QStringLiteral("Sta Cruz"));
        QVERIFY(!session->canUndo());

        const ReviewLogContents trail = readReviewLog(ReviewLog::pathIn(run));
        QVERIFY2(trail.ok(), qPrintable(trail.error));
        QCOMPARE(trail.entries.size(), 4);
        const ReviewEntry &undoCorrection = trail.entries.at(3);
        QCOMPARE(undoCorrection.field, QStringLiteral("locality"));
        QCOMPARE(undoCorrection.before, QStringLiteral("Santa Cruz"));
        QCOMPARE(undoCorrection.after, QStringLiteral("Sta Cruz"));
        QCOMPARE(undoCorrection.reviewer, QStringLiteral("Ana"));
        QCOMPARE(trail.entries.at(1).note, QStringLiteral("checked"));

        // Reopened, the state is the same: the trail is the state.
        session.reset();
        auto again = ReviewSession::open(run, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->statusOf(record.specimenId), ReviewStatus::Unreviewed);
        QCOMPARE(again->reviewed(record).dwc.value(QStringLiteral("locality")),
                 QStringLiteral("Sta Cruz"));
        QVERIFY(again->reviewed(record).curatorFields.contains(QStringLiteral("locality")));
        QVERIFY(!again->canUndo()); // an earlier session's decisions are not this one's to undo
    }

    void aSecondSessionIsReadOnlyAndSaysWhy()
    {
        const QString run = newRun(QStringLiteral("two"));
        QString error;
        auto first = ReviewSession::open(run, &error);
        QVERIFY2(first, qPrintable(error));
        auto second = ReviewSession::open(run, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(!first->isReadOnly());
        QVERIFY(second->isReadOnly());
        QVERIFY2(second->readOnlyReason().contains(QLatin1String("read-only")),
                 qPrintable(second->readOnlyReason()));
        QVERIFY(!second->setStatus(sheet(), ReviewStatus::Rejected, {}, &error));
        QCOMPARE(error, second->readOnlyReason());
        // Once the first closes, a new session writes.
        first.reset();
        auto third = ReviewSession::open(run, &error);
        QVERIFY(third && !third->isReadOnly());
    }

    void aCorruptLineMakesTheSessionReadOnly()
    {
        const QString run = newRun(QStringLiteral("corrupt"));
        QVERIFY(test::writeFile(
            ReviewLog::pathIn(run),
            "{\"specimen_id\":\"a\",\"status\":{\"from\":\"unreviewed\","
            "\"to\":\"approved\"},\"timestamp\":\"2026-12-03T16:40:00.123Z\"}\nnot json\n"));
        QString error;
        auto session = ReviewSession::open(run, &error);
        QVERIFY2(session, qPrintable(error));
        QVERIFY(session->isReadOnly());
        QCOMPARE(session->corruptLine(), 2);
        QVERIFY2(session->readOnlyReason().contains(QLatin1String("line 2")),
                 qPrintable(session->readOnlyReason()));
        QCOMPARE(session->statusOf(QStringLiteral("a")), ReviewStatus::Approved);
        // No second writer while the line is there: the lock was given back, and a session
        // opened after this one is read-only for the same reason.
        auto other = ReviewSession::open(run, &error);
        QVERIFY(other && other->isReadOnly());
        QCOMPARE(other->corruptLine(), 2);
    }

    void aMissingRunFolderIsAnError()
    {
        QString error;
        QVERIFY(!ReviewSession::open(m_dir.filePath(QStringLiteral("nowhere")), &error));
        QVERIFY(error.contains(QLatin1String("nowhere")));
    }

    void typedValuesAreChecked_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a word of the message; empty: accepted
        QTest::newRow("iso date") << "eventDate"
                                  << "1972-09-14"
                                  << "";
        QTest::newRow("interval") << "eventDate"
                                  << "1955-06-19/1955-06-21"
                                  << "";
        QTest::newRow("year-month") << "eventDate"
                                    << "1955-06"
                                    << "";
        QTest::newRow("label date") << "eventDate"
                                    << "14 Sept 1972"
                                    << "ISO 8601";
        QTest::newRow("latitude") << "decimalLatitude"
                                  << "-45.4215"
                                  << "";
        QTest::newRow("latitude out of range") << "decimalLatitude"
                                               << "91"
                                               << "between";
        QTest::newRow("latitude as DMS") << "decimalLatitude"
                                         << "45°25'N"
                                         << "decimal";
        QTest::newRow("longitude") << "decimalLongitude"
                                   << "-179.5"
                                   << "";
        QTest::newRow("longitude out of range") << "decimalLongitude"
                                                << "-181"
                                                << "between";
        QTest::newRow("country code") << "countryCode"
                                      << "CA"
                                      << "";
        QTest::newRow("country name") << "countryCode"
                                      << "Canada"
                                      << "ISO 3166";
        QTest::newRow("unknown code") << "countryCode"
                                      << "QQ"
                                      << "ISO 3166";
        QTest::newRow("elevation with unit") << "minimumElevationInMeters"
                                             << "300 m"
                                             << "metres";
        QTest::newRow("uncertainty zero") << "coordinateUncertaintyInMeters"
                                          << "0"
                                          << "greater";
        QTest::newRow("count") << "individualCount"
                               << "2.5"
                               << "whole";
        QTest::newRow("free text") << "locality"
                                   << "anything at all"
                                   << "";
        QTest::newRow("emptied") << "eventDate"
                                 << "  "
                                 << "";
    }

    void typedValuesAreChecked()
    {
        QFETCH(QString, term);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const QString said = fieldValueProblem(term, value);
        if (problem.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        else
            QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void termsAreCheckedAgainstTheTdwgList()
    {
        const DwcTerms &terms = DwcTerms::occurrenceCore();
        QVERIFY(termProblem(QStringLiteral("habitat"), terms).isEmpty());
        QVERIFY(termProblem(QStringLiteral("Habitat"), terms).contains(QLatin1String("habitat")));
        QVERIFY(termProblem(QStringLiteral("colour"), terms).contains(QLatin1String("not")));
    }

    void rowsSayWhereEachValueComesFrom()
    {
        const SpecimenRecord record = sheet();
        QList<ReviewEntry> reviews;
        ReviewEntry correction;
        correction.specimenId = record.specimenId;
        correction.field = QStringLiteral("scientificName");
        correction.before = QStringLiteral("Carex nigra");
        correction.after = QString(); // removed by the curator
        correction.reviewer = QStringLiteral("Ana");
        correction.timestampMs = record.timestampMs + 1;
        reviews.append(correction);
        const QList<FieldRow> rows = fieldRowsOf(record, composeReviewedRecord(record, reviews));

        QStringList order;
        for (const FieldRow &row : rows)
            order.append(row.term);
        // TDWG order: Occurrence terms, then Event, Location, Taxon.
        QCOMPARE(order,
                 (QStringList { QStringLiteral("catalogNumber"), QStringLiteral("eventDate"),
                                QStringLiteral("verbatimEventDate"), QStringLiteral("locality"),
                                QStringLiteral("scientificName") }));
        const auto row = [&rows](const QString &term) {
            for (const FieldRow &r : rows) {
                if (r.term == term)
                    return r;
            }
            return FieldRow {};
        };
        QCOMPARE(row(QStringLiteral("catalogNumber")).source, FieldSource::Barcode);
        QCOMPARE(row(QStringLiteral("eventDate")).verbatim, QStringLiteral("14 Sept. 1972"));
        QCOMPARE(row(QStringLiteral("locality")).source, FieldSource::Model);
        QCOMPARE(row(QStringLiteral("locality")).sourceDetail, QStringLiteral("vision/test-model"));
        QCOMPARE(row(QStringLiteral("locality")).confidence, std::optional<double>(0.4));
        QCOMPARE(row(QStringLiteral("locality")).flags,
                 QStringList { QStringLiteral("repeated_value") });
        // The removal stays visible as an empty row of the curator's.
        QCOMPARE(row(QStringLiteral("scientificName")).value, QString());
        QCOMPARE(row(QStringLiteral("scientificName")).source, FieldSource::Curator);
        QCOMPARE(row(QStringLiteral("scientificName")).sourceDetail, QStringLiteral("Ana"));

        SpecimenRecord offline = record;
        offline.engine = QStringLiteral("tesseract");
        offline.record.extra = {};
        const QList<FieldRow> ocrRows = fieldRowsOf(offline, composeReviewedRecord(offline, {}));
        QCOMPARE(ocrRows.first().source, FieldSource::Ocr);
    }
};

QTEST_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
