#pragma once

#include "DwcExportSettings.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace herb {

class DwcTerms;

// One final, successful record as the exports need it.
struct OccurrenceEntry
{
    QString specimenId; // path relative to the image folder
    QString sha256; // lowercase hex of the image's content
    QMap<QString, QString> dwc; // canonical term -> value
};

// The rows occurrence.csv and occurrence.txt share: occurrenceID, basisOfRecord,
// institutionCode, collectionCode, license, then every other term with a value in some
// record, in TDWG order. Placeholder values ("N/A", "illegible", …) become empty cells, since
// publishing them would claim data the label does not give. Keys that are no term are left
// out: they have neither a place in TDWG's order nor an IRI for meta.xml. geodeticDatum's
// "not recorded" is GBIF's vocabulary, not a placeholder: it is published.
class OccurrenceTable
{
public:
    OccurrenceTable(const QList<OccurrenceEntry> &entries, const DwcExportSettings &settings,
                    const DwcTerms &terms);
    OccurrenceTable(const QList<OccurrenceEntry> &entries, const DwcExportSettings &settings);
    // Where an entry's terms come from when `entries` hold none (OccurrenceEntry::dwc empty):
    // a run of 100,000 specimens reads each record's terms back from records.jsonl when its
    // row is made, rather than holding every record's terms at once. Asked once per entry for
    // the columns, then once per row made.
    using TermsOf = std::function<QMap<QString, QString>(const OccurrenceEntry &entry)>;
    OccurrenceTable(const QList<OccurrenceEntry> &entries, const DwcExportSettings &settings,
                    const DwcTerms &terms, TermsOf termsOf);

    // Name-based UUID (version 5, SHA-1) of the lowercase SHA-256 hex in the namespace
    // kOccurrenceNamespace, without braces. The same image content always gets the same id,
    // across runs, resumes and machines. An entry without a hash is named by its specimen id.
    static QString occurrenceId(const QString &sha256);
    static QString occurrenceIdForSpecimen(const QString &specimenId);
    // Herbstream's own namespace for occurrenceIDs. Never change it: published ids rest on it.
    static const char *const kOccurrenceNamespace;

    const QStringList &columns() const { return m_columns; } // term names
    // One row per entry, in the entries' order. Made when asked, not held: the exports of a
    // 100,000-specimen run render them one at a time (holding them cost ~1 KB each).
    qsizetype rowCount() const { return m_entries.size(); }
    QStringList row(qsizetype index) const;
    QList<QStringList> rows() const;

private:
    QList<OccurrenceEntry> m_entries; // shared with the caller's list, not copied
    DwcExportSettings m_settings;
    const DwcTerms *m_terms;
    TermsOf m_termsOf; // empty: the entries hold their terms
    QStringList m_columns;
};

} // namespace herb
