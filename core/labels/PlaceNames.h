#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace herb {

// Countries, Canadian provinces and territories and US states as labels write them: full
// English and French names and the usual abbreviations ("Sask.", "Qué.", "B.C.", "N. Dak.",
// postal codes such as SK or MT).
class PlaceNames
{
public:
    struct Match
    {
        QString name; // full name: "Saskatchewan", "United States"
        QString country; // the country, for a state or province; the name itself for a country
        QString countryCode; // ISO 3166-1 alpha-2
        qsizetype position = 0;
        qsizetype length = 0;
    };

    // The first state or province named in the line (the longest name at a position wins, so
    // "New Mexico" is not "Mexico"). Postal codes that are also words (IN, OR, ME, ON, ...)
    // count only in upper case after a comma or alone on the line.
    static std::optional<Match> findStateProvince(QStringView line);
    // The first country named in the line, skipping words that are part of a state's name.
    static std::optional<Match> findCountry(QStringView line);
    // English name for an ISO code the tables know ("CA" -> "Canada"); empty otherwise.
    static QString countryName(const QString &code);
};

} // namespace herb
