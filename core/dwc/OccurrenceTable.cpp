#include "OccurrenceTable.h"

#include "DwcRecord.h"
#include "DwcTerms.h"

#include <QSet>
#include <QUuid>

#include <algorithm>

#include <utility>

namespace herb {

// Chosen at random once (uuid4) for Herbstream; any fixed value works as long as it stays.
const char *const OccurrenceTable::kOccurrenceNamespace = "5b5f9d61-6019-4f36-ae59-07a6b67dfd2d";

namespace {

QString settingFor(const QString &column, const DwcExportSettings &settings)
{
    if (column == QLatin1String("basisOfRecord"))
        return QStringLiteral("PreservedSpecimen");
    if (column == QLatin1String("institutionCode"))
        return settings.institutionCode.trimmed();
    if (column == QLatin1String("collectionCode"))
        return settings.collectionCode.trimmed();
    if (column == QLatin1String("license"))
        return settings.license.trimmed();
    return {};
}

} // namespace

OccurrenceTable::OccurrenceTable(const QList<OccurrenceEntry> &entries,
                                 const DwcExportSettings &settings, const DwcTerms &terms)
{
    const QStringList fixed = {
        QStringLiteral("occurrenceID"),    QStringLiteral("basisOfRecord"),
        QStringLiteral("institutionCode"), QStringLiteral("collectionCode"),
        QStringLiteral("license"),
    };
    QSet<QString> used;
    for (const OccurrenceEntry &entry : entries) {
        for (auto it = entry.dwc.cbegin(); it != entry.dwc.cend(); ++it) {
            const QString term = terms.canonicalTerm(it.key());
            if (!term.isEmpty() && !fixed.contains(term) && !isEmptyValue(QStringView(it.value())))
                used.insert(term);
        }
    }
    QStringList others(used.cbegin(), used.cend());
    std::sort(others.begin(), others.end(), [&terms](const QString &a, const QString &b) {
        return terms.indexOf(a) < terms.indexOf(b);
    });
    m_columns = fixed + others;

    m_rows.reserve(entries.size());
    for (const OccurrenceEntry &entry : entries) {
        QMap<QString, QString> values;
        for (auto it = entry.dwc.cbegin(); it != entry.dwc.cend(); ++it) {
            const QString term = terms.canonicalTerm(it.key());
            if (!term.isEmpty() && !isEmptyValue(QStringView(it.value())))
                values.insert(term, it.value().trimmed());
        }
        QStringList row;
        row.reserve(m_columns.size());
        for (const QString &column : std::as_const(m_columns)) {
            if (column == QLatin1String("occurrenceID")) {
                // Our id, never the model's: it must be stable and unique per image.
                row.append(entry.sha256.trimmed().isEmpty()
                               ? occurrenceIdForSpecimen(entry.specimenId)
                               : occurrenceId(entry.sha256));
                continue;
            }
            // The publisher's settings win; a code read off the label fills in when unset.
            const QString setting = settingFor(column, settings);
            row.append(setting.isEmpty() ? values.value(column) : setting);
        }
        m_rows.append(row);
    }
}

OccurrenceTable::OccurrenceTable(const QList<OccurrenceEntry> &entries,
                                 const DwcExportSettings &settings)
    : OccurrenceTable(entries, settings, DwcTerms::occurrenceCore())
{ }

QString OccurrenceTable::occurrenceId(const QString &sha256)
{
    const QUuid ns { QLatin1String(kOccurrenceNamespace) };
    return QUuid::createUuidV5(ns, sha256.trimmed().toLower()).toString(QUuid::WithoutBraces);
}

QString OccurrenceTable::occurrenceIdForSpecimen(const QString &specimenId)
{
    const QUuid ns { QLatin1String(kOccurrenceNamespace) };
    // A prefix keeps this name space apart from the hashes' one.
    return QUuid::createUuidV5(ns, QString(QStringLiteral("specimen:") + specimenId))
        .toString(QUuid::WithoutBraces);
}

} // namespace herb
