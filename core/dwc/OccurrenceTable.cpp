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

// Placeholders are not published, except where GBIF's vocabulary has the words: a datum
// nobody wrote down is "not recorded" (the normaliser writes it on every georeferenced record).
bool isPublished(const QString &term, const QString &value)
{
    if (term == QLatin1String("geodeticDatum")
        && value.trimmed().compare(QLatin1String("not recorded"), Qt::CaseInsensitive) == 0)
        return true;
    return !isEmptyValue(QStringView(value));
}

} // namespace

OccurrenceTable::OccurrenceTable(const QList<OccurrenceEntry> &entries,
                                 const DwcExportSettings &settings, const DwcTerms &terms)
    : OccurrenceTable(entries, settings, terms, {})
{ }

OccurrenceTable::OccurrenceTable(const QList<OccurrenceEntry> &entries,
                                 const DwcExportSettings &settings, const DwcTerms &terms,
                                 TermsOf termsOf)
    : m_entries(entries)
    , m_settings(settings)
    , m_terms(&terms)
    , m_termsOf(std::move(termsOf))
{
    const QStringList fixed = {
        QStringLiteral("occurrenceID"),    QStringLiteral("basisOfRecord"),
        QStringLiteral("institutionCode"), QStringLiteral("collectionCode"),
        QStringLiteral("license"),
    };
    QSet<QString> used;
    for (const OccurrenceEntry &entry : entries) {
        const QMap<QString, QString> dwc = m_termsOf ? m_termsOf(entry) : entry.dwc;
        for (auto it = dwc.cbegin(); it != dwc.cend(); ++it) {
            const QString term = terms.canonicalTerm(it.key());
            if (!term.isEmpty() && !fixed.contains(term) && isPublished(term, it.value()))
                used.insert(term);
        }
    }
    QStringList others(used.cbegin(), used.cend());
    std::sort(others.begin(), others.end(), [&terms](const QString &a, const QString &b) {
        return terms.indexOf(a) < terms.indexOf(b);
    });
    m_columns = fixed + others;
}

QStringList OccurrenceTable::row(qsizetype index) const
{
    const OccurrenceEntry &entry = m_entries.at(index);
    const QMap<QString, QString> dwc = m_termsOf ? m_termsOf(entry) : entry.dwc;
    QMap<QString, QString> values;
    for (auto it = dwc.cbegin(); it != dwc.cend(); ++it) {
        const QString term = m_terms->canonicalTerm(it.key());
        if (!term.isEmpty() && isPublished(term, it.value()))
            values.insert(term, it.value().trimmed());
    }
    QStringList row;
    row.reserve(m_columns.size());
    for (const QString &column : std::as_const(m_columns)) {
        if (column == QLatin1String("occurrenceID")) {
            // Our id, never the model's: it must be stable and unique per image.
            row.append(entry.sha256.trimmed().isEmpty() ? occurrenceIdForSpecimen(entry.specimenId)
                                                        : occurrenceId(entry.sha256));
            continue;
        }
        // The publisher's settings win; a code read off the label fills in when unset.
        const QString setting = settingFor(column, m_settings);
        row.append(setting.isEmpty() ? values.value(column) : setting);
    }
    return row;
}

QList<QStringList> OccurrenceTable::rows() const
{
    QList<QStringList> all;
    all.reserve(rowCount());
    for (qsizetype i = 0; i < rowCount(); ++i)
        all.append(row(i));
    return all;
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
