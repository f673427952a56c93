#pragma once

#include "DwcExportSettings.h"
#include "OccurrenceTable.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace herb {

// occurrence.csv for people who open it in a spreadsheet: RFC 4180 (CRLF line ends, fields
// quoted when they hold a comma, quote, CR or LF), UTF-8. No byte order mark by default,
// because most tools (GBIF's IPT, pandas, R) take it as part of the first column's name;
// Excel on Windows needs one to read UTF-8, so it is an option.
class OccurrenceCsvWriter
{
public:
    explicit OccurrenceCsvWriter(DwcExportSettings settings);

    void setByteOrderMark(bool on) { m_byteOrderMark = on; }
    bool byteOrderMark() const { return m_byteOrderMark; }

    QByteArray render(const QList<OccurrenceEntry> &entries) const;
    // The same from a table made with these settings (one table for both exports).
    QByteArray render(const OccurrenceTable &table) const;
    // Atomic replace of `path`; on failure *error names the file and the old file is intact.
    bool write(const QString &path, const QList<OccurrenceEntry> &entries,
               QString *error = nullptr) const;
    bool write(const QString &path, const OccurrenceTable &table, QString *error = nullptr) const;

    // One cell as it goes into the file: without hidden controls (NUL, bidi overrides:
    // withoutHiddenControls), neutralised, then quoted where RFC 4180 needs it.
    static QString cell(const QString &value);
    // A cell that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a
    // leading apostrophe. Plain numbers such as -45.5 (decimalLongitude) stay numbers.
    static QString neutraliseFormula(const QString &value);

private:
    DwcExportSettings m_settings;
    bool m_byteOrderMark = false;
};

} // namespace herb
