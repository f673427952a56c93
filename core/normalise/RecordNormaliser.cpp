#include "RecordNormaliser.h"

#include "CatalogPrefixes.h"
#include "CoordinateNormaliser.h"
#include "CountryCodes.h"
#include "ElevationNormaliser.h"
#include "EventDateNormaliser.h"
#include "TaxonRank.h"

#include <QRegularExpression>

namespace herb {

namespace {

class Normaliser
{
public:
    Normaliser(DwcRecord &record, const DwcExportSettings &settings)
        : m_dwc(record.dwc)
        , m_settings(settings)
    { }

    QStringList run()
    {
        eventDate();
        coordinates();
        country();
        elevation();
        names();
        codes();
        return m_flags;
    }

private:
    QString value(const char *term) const
    {
        const QString text = m_dwc.value(QLatin1String(term)).trimmed();
        return isEmptyValue(text) ? QString() : text;
    }
    void set(const char *term, const QString &text) { m_dwc.insert(QLatin1String(term), text); }
    void keepVerbatim(const char *verbatimTerm, const QString &text)
    {
        if (value(verbatimTerm).isEmpty())
            set(verbatimTerm, text);
    }
    void flag(const char *kind, const char *term)
    {
        const QString name = QLatin1String(kind) + QLatin1Char(':') + QLatin1String(term);
        if (!m_flags.contains(name))
            m_flags.append(name);
    }

    // Writes `result` into `term`, the text as read into `verbatimTerm` when it changed.
    void apply(const char *term, const char *verbatimTerm, const QString &text,
               const Normalised &result)
    {
        if (result.status == Normalised::Status::Kept) {
            set(term, result.value);
            return;
        }
        keepVerbatim(verbatimTerm, text);
        if (result.status == Normalised::Status::Failed) {
            m_dwc.remove(QLatin1String(term));
            flag("unnormalised", term);
            return;
        }
        set(term, result.value);
        if (result.status == Normalised::Status::Ambiguous)
            flag("ambiguous", term);
    }

    void eventDate()
    {
        const QString text = value("eventDate");
        if (!text.isEmpty()) {
            apply("eventDate", "verbatimEventDate", text, normaliseEventDate(text));
            return;
        }
        // Only the verbatim date given: read it into eventDate.
        const QString verbatim = value("verbatimEventDate");
        if (verbatim.isEmpty())
            return;
        const Normalised result = normaliseEventDate(verbatim);
        if (result.status == Normalised::Status::Failed)
            flag("unnormalised", "eventDate");
        else
            apply("eventDate", "verbatimEventDate", verbatim, result);
    }

    void coordinates()
    {
        const QString latitude = value("decimalLatitude");
        const QString longitude = value("decimalLongitude");
        if (latitude.isEmpty() && longitude.isEmpty()) {
            const QString verbatim = value("verbatimCoordinates");
            if (verbatim.isEmpty())
                return;
            if (const auto both = coordinatesFrom(verbatim)) {
                set("decimalLatitude", both->first);
                set("decimalLongitude", both->second);
            } else {
                flag("unnormalised", "decimalLatitude");
                flag("unnormalised", "decimalLongitude");
            }
        } else {
            if (!latitude.isEmpty())
                apply("decimalLatitude", "verbatimLatitude", latitude, normaliseLatitude(latitude));
            if (!longitude.isEmpty())
                apply("decimalLongitude", "verbatimLongitude", longitude,
                      normaliseLongitude(longitude));
        }
        if (!value("decimalLatitude").isEmpty() && !value("decimalLongitude").isEmpty())
            geodeticDatum();
    }

    // The datum when the label prints one (in any term the engine copied it into), else the
    // words GBIF's vocabulary has for a datum nobody wrote down.
    void geodeticDatum()
    {
        static const QRegularExpression datum(QStringLiteral(R"(\b(WGS|NAD)\s?-?\s?(84|83|27)\b)"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QString given = value("geodeticDatum");
        QString found;
        for (const char *term : { "geodeticDatum", "verbatimCoordinates", "verbatimLatitude",
                                  "georeferenceRemarks", "locality", "verbatimLabel" }) {
            const QRegularExpressionMatch m = datum.match(value(term));
            if (m.hasMatch()) {
                found = m.captured(1).toUpper() + m.captured(2);
                break;
            }
        }
        if (!found.isEmpty())
            set("geodeticDatum", found);
        else if (given.isEmpty())
            set("geodeticDatum", QStringLiteral("not recorded"));
    }

    void country()
    {
        const QString code = value("countryCode");
        const QString name = value("country");
        if (!code.isEmpty()) {
            const QString read = countryCodeFor(code);
            if (read.isEmpty()) {
                m_dwc.remove(QStringLiteral("countryCode"));
                flag("unnormalised", "countryCode");
            } else {
                set("countryCode", read);
            }
            // "Canada" in countryCode is the country's name as written.
            if (code.size() > 2 && name.isEmpty())
                set("country", code);
            return;
        }
        if (name.isEmpty())
            return;
        const QString read = countryCodeFor(name);
        if (read.isEmpty())
            flag("unnormalised", "countryCode");
        else
            set("countryCode", read);
    }

    void elevation()
    {
        const QString minimum = value("minimumElevationInMeters");
        const QString maximum = value("maximumElevationInMeters");
        bool isNumber = false;
        minimum.toDouble(&isNumber);
        bool maxIsNumber = maximum.isEmpty();
        if (!maximum.isEmpty())
            maximum.toDouble(&maxIsNumber);
        if (!minimum.isEmpty() && isNumber && maxIsNumber)
            return;
        // Text with units: in the minimum (a model writes "1200 ft" there), or only verbatim.
        const QString text = !minimum.isEmpty()
            ? (maximum.isEmpty() || maxIsNumber ? minimum
                                                : minimum + QStringLiteral(" - ") + maximum)
            : value("verbatimElevation");
        if (text.isEmpty())
            return;
        keepVerbatim("verbatimElevation", text);
        if (const auto range = parseElevation(text)) {
            set("minimumElevationInMeters", range->minimumMeters);
            set("maximumElevationInMeters", range->maximumMeters);
        } else {
            m_dwc.remove(QStringLiteral("minimumElevationInMeters"));
            m_dwc.remove(QStringLiteral("maximumElevationInMeters"));
            flag("unnormalised", "minimumElevationInMeters");
        }
    }

    void names()
    {
        if (value("kingdom").isEmpty() && !m_settings.kingdom.trimmed().isEmpty())
            set("kingdom", m_settings.kingdom.trimmed());
        const QString name = value("scientificName");
        if (value("taxonRank").isEmpty() && !name.isEmpty()) {
            const QString rank = taxonRankOf(name);
            if (!rank.isEmpty())
                set("taxonRank", rank);
        }
    }

    void codes()
    {
        if (!m_settings.institutionCode.trimmed().isEmpty() || !value("institutionCode").isEmpty())
            return;
        const auto found
            = codesForCatalogNumber(m_settings.catalogPrefixes, value("catalogNumber"));
        if (!found)
            return;
        set("institutionCode", found->institutionCode);
        if (!found->collectionCode.isEmpty() && value("collectionCode").isEmpty())
            set("collectionCode", found->collectionCode);
    }

    QMap<QString, QString> &m_dwc;
    const DwcExportSettings &m_settings;
    QStringList m_flags;
};

} // namespace

QStringList normaliseRecord(DwcRecord &record, const DwcExportSettings &settings)
{
    return Normaliser(record, settings).run();
}

} // namespace herb
