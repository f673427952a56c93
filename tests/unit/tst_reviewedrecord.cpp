// A record's final state (core/review): the final extraction record with its review lines
// applied in order; a newer extraction after a review keeps the corrections and is marked
// "changed since review".

#include "review/ReviewedRecord.h"
#include "run/SpecimenRecord.h"

#include <QJsonArray>
#include <QTest>

using namespace herb;

namespace {

constexpr qint64 kExtractedMs = 1'700'000'000'000;

SpecimenRecord extraction(qint64 timestampMs = kExtractedMs)
{
    SpecimenRecord record;
    record.specimenId = QStringLiteral("box1/s1.jpg");
    record.sha256 = QStringLiteral("cd").repeated(32);
    record.success = true;
    record.timestampMs = timestampMs;
    record.record.dwc = {
        { QStringLiteral("catalogNumber"), QStringLiteral("MO-1234") },
        { QStringLiteral("locality"), QStringLiteral("Sta Cruz") },
        { QStringLiteral("recordedBy"), QStringLiteral("J. Steyermark") },
        { QStringLiteral("habitat"), QStringLiteral("N/A") },
    };
    return record;
}

ReviewEntry edit(const QString &field, const QString &before, const QString &after, qint64 atMs,
                 const QString &reviewer = QStringLiteral("ana"))
{
    ReviewEntry entry;
    entry.specimenId = QStringLiteral("box1/s1.jpg");
    entry.field = field;
    entry.before = before;
    entry.after = after;
    entry.timestampMs = atMs;
    entry.reviewer = reviewer;
    return entry;
}

ReviewEntry status(ReviewStatus from, ReviewStatus to, qint64 atMs, const QString &note = {},
                   const QString &reviewer = QStringLiteral("ana"))
{
    ReviewEntry entry;
    entry.specimenId = QStringLiteral("box1/s1.jpg");
    entry.statusFrom = from;
    entry.statusTo = to;
    entry.note = note;
    entry.timestampMs = atMs;
    entry.reviewer = reviewer;
    return entry;
}

} // namespace

class TestReviewedRecord : public QObject
{
    Q_OBJECT

private slots:
    void unreviewedRecordIsTheExtraction()
    {
        const ReviewedRecord reviewed = composeReviewedRecord(extraction(), {});
        QCOMPARE(reviewed.dwc, extraction().record.dwc);
        QCOMPARE(reviewed.status, ReviewStatus::Unreviewed);
        QVERIFY(!reviewed.isReviewed());
        QVERIFY(!reviewed.changedSinceReview);
        // A placeholder is no value a machine produced.
        QCOMPARE(reviewed.machineFields,
                 (QSet<QString> { QStringLiteral("catalogNumber"), QStringLiteral("locality"),
                                  QStringLiteral("recordedBy") }));
        QVERIFY(reviewed.curatorFields.isEmpty());
        QCOMPARE(reviewed.provenance().value(QLatin1String("reviewedByPerson")).toBool(), false);
    }

    void editsAndStatusApplyInOrder()
    {
        const qint64 t = kExtractedMs + 1000;
        const QList<ReviewEntry> lines {
            edit(QStringLiteral("locality"), QStringLiteral("Sta Cruz"),
                 QStringLiteral("Santa Cruz"), t),
            status(ReviewStatus::Unreviewed, ReviewStatus::NeedsAttention, t + 1,
                   QStringLiteral("date unclear")),
            edit(QStringLiteral("locality"), QStringLiteral("Santa Cruz"),
                 QStringLiteral("Santa Cruz de la Sierra"), t + 2, QStringLiteral("ben")),
            edit(QStringLiteral("eventDate"), QString(), QStringLiteral("1972-09-14"), t + 3),
            edit(QStringLiteral("recordedBy"), QStringLiteral("J. Steyermark"), QString(), t + 4),
            status(ReviewStatus::NeedsAttention, ReviewStatus::Approved, t + 5, {},
                   QStringLiteral("ben")),
        };
        const ReviewedRecord reviewed = composeReviewedRecord(extraction(), lines);
        QCOMPARE(reviewed.dwc.value(QStringLiteral("locality")),
                 QStringLiteral("Santa Cruz de la Sierra"));
        QCOMPARE(reviewed.dwc.value(QStringLiteral("eventDate")), QStringLiteral("1972-09-14"));
        QVERIFY(!reviewed.dwc.contains(QStringLiteral("recordedBy"))); // emptied by a person
        QCOMPARE(reviewed.dwc.value(QStringLiteral("catalogNumber")), QStringLiteral("MO-1234"));
        QCOMPARE(reviewed.status, ReviewStatus::Approved);
        QCOMPARE(reviewed.note, QStringLiteral("date unclear"));
        QCOMPARE(reviewed.reviewers,
                 (QStringList { QStringLiteral("ana"), QStringLiteral("ben") }));
        QCOMPARE(reviewed.lastReviewMs, t + 5);
        QVERIFY(!reviewed.changedSinceReview);

        const QJsonObject provenance = reviewed.provenance();
        QCOMPARE(provenance.value(QLatin1String("machineFields")).toArray(),
                 QJsonArray { QStringLiteral("catalogNumber") });
        QCOMPARE(provenance.value(QLatin1String("curatorFields")).toArray(),
                 (QJsonArray { QStringLiteral("eventDate"), QStringLiteral("locality"),
                               QStringLiteral("recordedBy") }));
        QCOMPARE(provenance.value(QLatin1String("reviewStatus")).toString(),
                 QStringLiteral("approved"));
        QCOMPARE(provenance.value(QLatin1String("reviewedByPerson")).toBool(), true);
    }

    void newerExtractionKeepsTheReviewAndIsMarkedChanged()
    {
        const QList<ReviewEntry> lines {
            edit(QStringLiteral("locality"), QStringLiteral("Sta Cruz"),
                 QStringLiteral("Santa Cruz"), kExtractedMs + 1000),
            status(ReviewStatus::Unreviewed, ReviewStatus::Approved, kExtractedMs + 2000),
        };
        SpecimenRecord again = extraction(kExtractedMs + 60000);
        again.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("MO-1235"));
        const ReviewedRecord reviewed = composeReviewedRecord(again, lines);
        QVERIFY(reviewed.changedSinceReview);
        QCOMPARE(reviewed.status, ReviewStatus::Approved); // kept; the flag says to look again
        QCOMPARE(reviewed.dwc.value(QStringLiteral("locality")), QStringLiteral("Santa Cruz"));
        QCOMPARE(reviewed.dwc.value(QStringLiteral("catalogNumber")), QStringLiteral("MO-1235"));
        QCOMPARE(reviewed.provenance().value(QLatin1String("changedSinceReview")).toBool(), true);

        // The same lines on the extraction they were made on: not changed.
        QVERIFY(!composeReviewedRecord(extraction(), lines).changedSinceReview);
    }

    void linesAreGroupedBySpecimenInFileOrder()
    {
        ReviewEntry other = edit(QStringLiteral("country"), QString(), QStringLiteral("Peru"), 3);
        other.specimenId = QStringLiteral("box1/s2.jpg");
        const QList<ReviewEntry> lines {
            edit(QStringLiteral("locality"), {}, QStringLiteral("A"), 1), other,
            edit(QStringLiteral("locality"), {}, QStringLiteral("B"), 2)
        };
        const auto grouped = reviewsBySpecimen(lines);
        QCOMPARE(grouped.size(), 2);
        QCOMPARE(grouped.value(QStringLiteral("box1/s1.jpg")).size(), 2);
        QCOMPARE(grouped.value(QStringLiteral("box1/s1.jpg")).last().after, QStringLiteral("B"));
        QCOMPARE(grouped.value(QStringLiteral("box1/s2.jpg")).first().after,
                 QStringLiteral("Peru"));
    }
};

QTEST_GUILESS_MAIN(TestReviewedRecord)
#include "tst_reviewedrecord.moc"
