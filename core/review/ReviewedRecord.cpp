#include "ReviewedRecord.h"

#include "dwc/DwcRecord.h"
#include "run/SpecimenRecord.h"

#include <QJsonArray>

#include <algorithm>

namespace herb {

namespace {

QJsonArray sortedArray(const QSet<QString> &values)
{
    QStringList list(values.begin(), values.end());
    std::sort(list.begin(), list.end());
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject ReviewedRecord::provenance() const
{
    QSet<QString> machineOnly = machineFields;
    machineOnly.subtract(curatorFields);
    return QJsonObject {
        { QStringLiteral("machineFields"), sortedArray(machineOnly) },
        { QStringLiteral("curatorFields"), sortedArray(curatorFields) },
        { QStringLiteral("reviewStatus"), nameOf(status) },
        { QStringLiteral("reviewedByPerson"), status != ReviewStatus::Unreviewed },
        { QStringLiteral("reviewers"), QJsonArray::fromStringList(reviewers) },
        { QStringLiteral("changedSinceReview"), changedSinceReview },
    };
}

ReviewedRecord composeReviewedRecord(const SpecimenRecord &finalRecord,
                                     const QList<ReviewEntry> &reviews)
{
    ReviewedRecord result;
    result.dwc = finalRecord.record.dwc;
    for (auto it = result.dwc.cbegin(); it != result.dwc.cend(); ++it) {
        if (!isEmptyValue(it.value()))
            result.machineFields.insert(it.key());
    }
    for (const ReviewEntry &entry : reviews) {
        if (entry.changesField()) {
            // An emptied field is removed, so the exports show no value rather than "".
            if (entry.after.trimmed().isEmpty())
                result.dwc.remove(entry.field);
            else
                result.dwc.insert(entry.field, entry.after);
            result.curatorFields.insert(entry.field);
        }
        if (entry.changesStatus())
            result.status = *entry.statusTo;
        if (!entry.note.isEmpty())
            result.note = entry.note;
        if (!entry.reviewer.isEmpty() && !result.reviewers.contains(entry.reviewer))
            result.reviewers.append(entry.reviewer);
        result.lastReviewMs = std::max(result.lastReviewMs, entry.timestampMs);
    }
    // The extraction record is newer than every decision: what was checked is not what is
    // there now (a resume or a re-extraction of the sheet after the review).
    result.changedSinceReview = !reviews.isEmpty() && finalRecord.timestampMs > result.lastReviewMs;
    return result;
}

QHash<QString, QList<ReviewEntry>> reviewsBySpecimen(const QList<ReviewEntry> &entries)
{
    QHash<QString, QList<ReviewEntry>> bySpecimen;
    for (const ReviewEntry &entry : entries)
        bySpecimen[entry.specimenId].append(entry);
    return bySpecimen;
}

} // namespace herb
