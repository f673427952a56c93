#pragma once

#include "dwc/DwcExportSettings.h"

#include <QString>

#include <optional>

namespace herb {

// occurrence.csv and dwca.zip regenerated from a run folder's records.jsonl and reviews.jsonl
// (`herbstream export`, and the workbench's export): corrections applied, rejected records
// left out, optionally approved records only; each row's dynamicProperties says which fields a
// machine produced and whether a person reviewed them, and eml.xml's methods say how the
// records were made and reviewed. The final records are read into memory (RecordStore::
// readFinal): a reviewed run is one a person works through, not the 100,000-specimen batch
// whose exports stream a row at a time.
struct ReviewedExportOptions
{
    QString runFolder;
    QString outFolder; // empty: the run folder
    // Only records a person approved (and that were not extracted again since): for a data set
    // published as checked.
    bool approvedOnly = false;
    // The publisher's settings; none: those recorded in the run's run.json.
    std::optional<DwcExportSettings> settings;
};

struct ReviewedExportSummary
{
    int exported = 0;
    int corrected = 0; // exported records with at least one field a person set
    int rejected = 0; // left out
    int notApproved = 0; // left out by approvedOnly
    int changedSinceReview = 0; // of the successful records (left out by approvedOnly)
    int reviewLines = 0;
};

// False with `error` naming the file and the cause; a reviews.jsonl with a line that cannot be
// read refuses the export with that line's number (a correction is never dropped silently).
bool exportReviewedRun(const ReviewedExportOptions &options, ReviewedExportSummary *summary,
                       QString *error);

// The publisher's settings recorded in RUN/run.json (title, institution and collection codes,
// licence), or defaults when run.json has none.
DwcExportSettings exportSettingsOfRun(const QString &runFolder);

} // namespace herb
