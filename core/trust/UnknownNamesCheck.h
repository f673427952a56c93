#pragma once

#include "FlagWindow.h"
#include "GbifNameMatcher.h"
#include "run/SpecimenRecord.h"

#include <optional>

namespace herb {

// The rate half of check 5 (names against GBIF): of the last 50 names GBIF answered for, more
// than 30 % (and at least 10) that it does not know at all (matchType NONE) → warning
// unknown_names. A misspelt name GBIF still finds (FUZZY) is not counted: it is a reading
// to correct, not a name invented. Names GBIF could not answer for are left out.
class UnknownNamesCheck
{
public:
    // The flag a NONE match puts on its record.
    static QString flag() { return QStringLiteral("unknown_name:scientificName"); }

    UnknownNamesCheck();

    std::optional<ValidationWarning> push(const QString &specimenId, const QString &name,
                                          const GbifMatch &match);
    // A record of an earlier session with its match in extra (a resumed run): state only.
    void seed(const SpecimenRecord &record);
    static constexpr int kWindow = 50;

private:
    FlagWindow m_window;
};

} // namespace herb
