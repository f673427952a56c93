#pragma once

#include "FlagWindow.h"
#include "TrustCheck.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <vector>

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
    // 128 bits of a value: the check remembers every record of a run (100,000 of them held as
    // text cost ~100 MB), and only needs to know which are equal.
    struct Fingerprint
    {
        quint64 high = 0;
        quint64 low = 0;
        friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
        friend size_t qHash(const Fingerprint &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.high, key.low);
        }
    };
    static Fingerprint fingerprintOf(const QString &text);
    static Fingerprint imageOf(const SpecimenRecord &record);

    struct Seen
    {
        int specimen = 0; // index in m_ids
        Fingerprint image; // of the SHA-256, or of the specimen id when there is none
        bool flagged = false;
    };
    // What a specimen's latest record was filed under, so that a record retried on a resume
    // replaces its earlier one.
    struct Filed
    {
        std::optional<Fingerprint> value;
        std::optional<Fingerprint> record;
    };
    using Index = QHash<Fingerprint, QList<Seen>>;
    // Images other than `record`'s under one key.
    static QList<Seen *> others(QList<Seen> &seen, int specimen, const Fingerprint &image);
    static void forget(Index &index, const Fingerprint &key, int specimen);
    int specimenNumber(const QString &specimenId);
    void record(const SpecimenRecord &record, TrustFindings *findings);

    QStringList m_ids; // every specimen id seen, once
    QHash<QString, int> m_numberOf; // specimen id -> index in m_ids
    std::vector<Filed> m_filed; // by specimen number
    Index m_values; // "c:" catalogNumber or "p:" collector + number
    Index m_records; // core fields -> images
    QSet<Fingerprint> m_warnedRecords; // core-field sets already warned about
    FlagWindow m_window { kRule };
};

} // namespace herb
