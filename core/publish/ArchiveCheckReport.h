#pragma once

#include "ArchiveCheck.h"

#include <QString>

namespace herb {

// The check's result for a person, one line per issue with its count and an example, then the
// verdict: "error: Occurrence ID not unique (2 records), e.g. '…'", "Refused: GBIF would not
// accept this archive." GBIF's issue names stay English, as its validator prints them.
QString archiveCheckReport(const ArchiveCheckResult &result);
// One line: "GBIF check: accepted, no warning" / "… accepted with 2 warnings" / "… refused (…)".
QString archiveCheckSummary(const ArchiveCheckResult &result);

} // namespace herb
