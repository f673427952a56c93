#pragma once

#include "ReviewEntry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace herb {

struct SpecimenRecord;

// A record's final state (DESIGN.md, "Review and the audit trail"): its final extraction record
// with its review lines applied in order. Corrections stay when the sheet is extracted again
// after the review; the record is then "changed since review", since the person checked values
// the machine has since replaced.
struct ReviewedRecord
{
    QMap<QString, QString> dwc; // the extraction's terms with the corrections applied
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString note; // of the last line that had one
    QSet<QString> machineFields; // terms with a value from the extraction
    QSet<QString> curatorFields; // terms a person set (their value is the person's)
    QStringList reviewers; // in order of first decision
    qint64 lastReviewMs = 0;
    bool changedSinceReview = false;

    bool isReviewed() const { return !reviewers.isEmpty(); }
    // What the exports put in dynamicProperties: which fields a machine produced, which a
    // person set, and whether a person reviewed the record.
    QJsonObject provenance() const;
};

// `reviews` are the record's lines, in file order.
ReviewedRecord composeReviewedRecord(const SpecimenRecord &finalRecord,
                                     const QList<ReviewEntry> &reviews);

// Review lines grouped by specimen id, each group in file order.
QHash<QString, QList<ReviewEntry>> reviewsBySpecimen(const QList<ReviewEntry> &entries);

} // namespace herb
