#pragma once

#include <QList>
#include <QString>

namespace herb {

// The checks GBIF's data validator makes on a Darwin Core Archive that matter for Herbstream's
// archives, run locally (`herbstream check-archive`, and on every run's dwca.zip at its end):
// meta.xml's structure (the TDWG text guide's rules), eml.xml's required fields, the licence,
// occurrenceID present and unique, basisOfRecord from GBIF's vocabulary, eventDate in ISO 8601,
// coordinates numeric and in range, countryCode ISO 3166-1 alpha-2, geodeticDatum present. The
// issues are named in GBIF's words and counted. An Error makes GBIF refuse the archive; a
// Warning is an interpretation flag GBIF puts on the records.
struct ArchiveIssue
{
    enum class Severity
    {
        Error,
        Warning,
    };
    Severity severity = Severity::Error;
    QString name; // GBIF's words: "Recorded date invalid"
    int count = 1; // records concerned (1 for an archive-wide issue)
    QString example; // one value, or what is missing
};

struct ArchiveCheckResult
{
    QList<ArchiveIssue> issues;
    int records = 0;
    bool isRefused() const;
    int warningCount() const;
};

ArchiveCheckResult checkArchive(const QString &zipPath);
// The same on an archive's bytes (tests, and an archive not yet on disk).
ArchiveCheckResult checkArchiveData(const QByteArray &zip);

} // namespace herb
