#pragma once

#include "FlagWindow.h"
#include "TrustCheck.h"

#include <QHash>
#include <QSet>

namespace herb {

// Check 2: values that must be unique, repeated on different images (different SHA-256).
// - A catalogNumber seen on another image flags both records (repeated_value:catalogNumber).
//   When neither record has a catalogNumber, the collector and number pair does the same
//   (repeated_value:recordedBy+recordNumber). Duplicate sheets of one gathering share
//   collector, number and date but not the catalogue number: with distinct catalogue numbers
//   they are not flagged. Warning repeated_values at 3 such collisions in the last 50 records.
// - Every core field (DwcTerms::coreFieldTerms, at least 3 with a value) identical on 3 or
//   more different images flags them (identical_record) and warns identical_records, once per
//   set: a model answering one record for every sheet.
class RepeatedValuesCheck final : public TrustCheck
{
public:
    static constexpr WindowRule kRule { 50, 3, -1.0, 1 };
    static constexpr int kIdenticalImages = 3;

    void inspect(const SpecimenRecord &record, TrustFindings &findings) override;
    void seed(const SpecimenRecord &record) override;
    int seedDepth() const override { return -1; } // every catalogue number of the folder

private:
    struct Seen
    {
        QString specimenId;
        QString image; // SHA-256, or the specimen id when there is none
        bool flagged = false;
    };
    // Images other than `record`'s under `key`.
    static QList<Seen *> others(QList<Seen> &seen, const QString &specimenId, const QString &image);
    static void forget(QHash<QString, QList<Seen>> &index, const QString &key,
                       const QString &specimenId);
    void record(const SpecimenRecord &record, TrustFindings *findings);

    QHash<QString, QList<Seen>> m_values; // "c:" catalogNumber or "p:" collector + number
    QHash<QString, QString> m_valueOf; // specimen id -> its key in m_values
    QHash<QString, QList<Seen>> m_records; // core fields -> images
    QHash<QString, QString> m_recordOf;
    QSet<QString> m_warnedRecords; // core-field sets already warned about
    FlagWindow m_window { kRule };
};

} // namespace herb
