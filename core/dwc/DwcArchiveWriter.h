#pragma once

#include "DwcExportSettings.h"
#include "OccurrenceTable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace herb {

class DwcTerms;

// dwca.zip, a Darwin Core Archive as GBIF's IPT takes it: meta.xml (the column map, valid
// against TDWG's text guide schema), eml.xml (EML 2.1.1: title, creator and contact,
// licence, publication date) and occurrence.txt (tab-separated, the same columns as
// occurrence.csv). Its cells are cleaned as occurrence.csv's are (issue 16): hidden controls
// removed and formula cells neutralised, because people open the archive's file in
// spreadsheets too; a value such as "=Steyermark" is published as "'=Steyermark".
class DwcArchiveWriter
{
public:
    explicit DwcArchiveWriter(DwcExportSettings settings);
    DwcArchiveWriter(DwcExportSettings settings, const DwcTerms &terms);

    QByteArray metaXml(const OccurrenceTable &table) const;
    QByteArray emlXml() const;
    QByteArray occurrenceText(const OccurrenceTable &table) const;

    QByteArray archive(const QList<OccurrenceEntry> &entries, QString *error = nullptr) const;
    // The same from a table made with these settings and terms (one table for both exports).
    QByteArray archive(const OccurrenceTable &table, QString *error = nullptr) const;
    // Atomic replace of `path`; on failure *error names the file and the old file is intact.
    bool write(const QString &path, const QList<OccurrenceEntry> &entries,
               QString *error = nullptr) const;
    bool write(const QString &path, const OccurrenceTable &table, QString *error = nullptr) const;

private:
    DwcExportSettings m_settings;
    const DwcTerms &m_terms;
};

} // namespace herb
