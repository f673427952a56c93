#pragma once

#include "events/Event.h"
#include "run/SpecimenRecord.h"

#include <QHash>
#include <QList>

namespace herb {

// What the trust checks found on one record: its flags, flags for records written earlier
// (both images of a repeated catalogue number are flagged), and warnings to publish.
struct TrustFindings
{
    QList<FlagNote> flags;
    QHash<QString, QStringList> earlierFlags; // specimen id -> flags to add to its record
    QList<ValidationWarning> warnings;

    void flag(const QString &flag, const QString &value);
    QStringList flagNames() const;
};

// One trust check (core/trust): inspects each successful record in the order they are
// written, flags what a reviewer should look at, and keeps the rate that turns flags into a
// warning. Checks run in the record path, before the record is written, on the controller's
// thread; checks 5 to 7 of issue 12 (names against GBIF, control sheets, a second model) plug
// in here as further checks, and their warnings stop a run through TrustHalt like these.
class TrustCheck
{
public:
    virtual ~TrustCheck() = default;
    // A new record.
    virtual void inspect(const SpecimenRecord &record, TrustFindings &findings) = 0;
    // A record of an earlier session, oldest first (a resumed run): state only, no warning.
    // Read back from records.jsonl with only its id, sha256, dwc, flags, extra's barcodes and
    // GBIF matchType (RecordStore::forEachFinalSuccess): a check that needs more must read it
    // there.
    virtual void seed(const SpecimenRecord &record) = 0;
    // How many of the newest earlier records seed() needs (its window); -1: all of them.
    virtual int seedDepth() const = 0;
};

// A value as evidence and flag notes show it: one line, at most 80 characters.
QString shortValue(const QString &value);

} // namespace herb
