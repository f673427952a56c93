#include "PlaceNames.h"

#include "OcrText.h"

#include <QList>
#include <QRegularExpression>

namespace herb {

namespace {

struct Entry
{
    const char *name;
    const char *code; // country code
    // '|'-separated aliases, matched without accents and case; a trailing '.' is required.
    const char *aliases;
    // Postal code, matched in upper case only.
    const char *postal;
};

const Entry kRegions[] = {
    { "Alberta", "CA", "alberta|alta.|alta|alb.", "AB" },
    { "British Columbia", "CA",
      "british columbia|colombie-britannique|colombie britannique|b.c.|b. c.|c.-b.", "BC" },
    { "Manitoba", "CA", "manitoba|man.", "MB" },
    { "New Brunswick", "CA", "new brunswick|nouveau-brunswick|nouveau brunswick|n.b.|n.-b.", "NB" },
    { "Newfoundland and Labrador", "CA",
      "newfoundland and "
      "labrador|newfoundland|labrador|terre-neuve-et-labrador|terre-neuve|nfld.|nfld|t.-n.-l.",
      "NL" },
    { "Nova Scotia", "CA", "nova scotia|nouvelle-ecosse|nouvelle ecosse|n.s.|n.-e.", "NS" },
    { "Ontario", "CA", "ontario|ont.", "ON" },
    { "Prince Edward Island", "CA", "prince edward island|ile-du-prince-edouard|p.e.i.|i.-p.-e.",
      "PE" },
    { "Quebec", "CA", "quebec|que.|p.q.", "QC" },
    { "Saskatchewan", "CA", "saskatchewan|sask.|sask", "SK" },
    { "Northwest Territories", "CA",
      "northwest territories|north west territories|territoires du nord-ouest|n.w.t.|t.n.-o.",
      "NT" },
    { "Nunavut", "CA", "nunavut", "NU" },
    { "Yukon", "CA", "yukon territory|yukon|y.t.", "YT" },
    { "Alabama", "US", "alabama|ala.", "AL" },
    { "Alaska", "US", "alaska", "AK" },
    { "Arizona", "US", "arizona|ariz.|ariz", "AZ" },
    { "Arkansas", "US", "arkansas|ark.", "AR" },
    { "California", "US", "california|calif.|calif|cal.", "CA" },
    { "Colorado", "US", "colorado|colo.|colo", "CO" },
    { "Connecticut", "US", "connecticut|conn.", "CT" },
    { "Delaware", "US", "delaware|del.", "DE" },
    { "Florida", "US", "florida|fla.", "FL" },
    { "Georgia", "US", "georgia|ga.", "GA" },
    { "Hawaii", "US", "hawaii", "HI" },
    { "Idaho", "US", "idaho|ida.", "ID" },
    { "Illinois", "US", "illinois|ill.", "IL" },
    { "Indiana", "US", "indiana|ind.", "IN" },
    { "Iowa", "US", "iowa", "IA" },
    { "Kansas", "US", "kansas|kans.|kans", "KS" },
    { "Kentucky", "US", "kentucky|ky.", "KY" },
    { "Louisiana", "US", "louisiana|la.", "LA" },
    { "Maine", "US", "maine", "ME" },
    { "Maryland", "US", "maryland|md.", "MD" },
    { "Massachusetts", "US", "massachusetts|mass.", "MA" },
    { "Michigan", "US", "michigan|mich.", "MI" },
    { "Minnesota", "US", "minnesota|minn.|minn", "MN" },
    { "Mississippi", "US", "mississippi|miss.", "MS" },
    { "Missouri", "US", "missouri|mo.", "MO" },
    { "Montana", "US", "montana|mont.", "MT" },
    { "Nebraska", "US", "nebraska|nebr.|nebr|neb.", "NE" },
    { "Nevada", "US", "nevada|nev.", "NV" },
    { "New Hampshire", "US", "new hampshire|n.h.", "NH" },
    { "New Jersey", "US", "new jersey|n.j.", "NJ" },
    { "New Mexico", "US", "new mexico|n. mex.|n.m.", "NM" },
    { "New York", "US", "new york|n.y.", "NY" },
    { "North Carolina", "US", "north carolina|n.c.", "NC" },
    { "North Dakota", "US", "north dakota|n. dak.|n.dak.|n.d.", "ND" },
    { "Ohio", "US", "ohio", "OH" },
    { "Oklahoma", "US", "oklahoma|okla.|okla", "OK" },
    { "Oregon", "US", "oregon|oreg.|ore.", "OR" },
    { "Pennsylvania", "US", "pennsylvania|penn.|pa.", "PA" },
    { "Rhode Island", "US", "rhode island|r.i.", "RI" },
    { "South Carolina", "US", "south carolina|s.c.", "SC" },
    { "South Dakota", "US", "south dakota|s. dak.|s.dak.|s.d.", "SD" },
    { "Tennessee", "US", "tennessee|tenn.|tenn", "TN" },
    { "Texas", "US", "texas|tex.", "TX" },
    { "Utah", "US", "utah", "UT" },
    { "Vermont", "US", "vermont|vt.", "VT" },
    { "Virginia", "US", "virginia|va.", "VA" },
    { "Washington", "US", "washington|wash.", "WA" },
    { "West Virginia", "US", "west virginia|w. va.|w.va.", "WV" },
    { "Wisconsin", "US", "wisconsin|wis.|wisc.", "WI" },
    { "Wyoming", "US", "wyoming|wyo.|wyo", "WY" },
};

const Entry kCountries[] = {
    { "Canada", "CA", "canada", "" },
    { "United States", "US", "united states of america|united states|etats-unis|u.s.a.|usa|u.s.",
      "" },
    { "France", "FR", "france", "" },
    { "Mexico", "MX", "mexico|mexique", "" },
    { "Greenland", "GL", "greenland|groenland", "" },
    { "United Kingdom", "GB", "united kingdom|great britain|england|scotland|wales|angleterre",
      "" },
    { "Germany", "DE", "germany|allemagne", "" },
    { "Switzerland", "CH", "switzerland|suisse", "" },
    { "Belgium", "BE", "belgium|belgique", "" },
    { "Italy", "IT", "italy|italie", "" },
    { "Spain", "ES", "spain|espagne", "" },
    { "Russia", "RU", "russia|russie", "" },
    { "China", "CN", "china|chine", "" },
    { "Japan", "JP", "japan|japon", "" },
    { "Australia", "AU", "australia|australie", "" },
};

// Postal codes that are also common words; they need a comma before them.
const char *const kWordlikePostal[] = { "IN", "OR", "ME", "ON", "OK", "HI", "OH", "ID",
                                        "LA", "DE", "CO", "MA", "AL", "MO", "PA", "CA" };

struct Compiled
{
    const Entry *entry;
    QRegularExpression regex;
    bool postal;
    bool wordlike;
};

QString aliasPattern(const QString &alias)
{
    // "sask." needs its dot (so "man." is not the word "man"); in "b.c." only the first dot is
    // needed, the others are often lost by OCR ("B.C", "N.W T.").
    const qsizetype dots = alias.count(u'.');
    const bool singleDotted = dots == 1 && alias.endsWith(u'.');
    QString pattern;
    bool firstDot = true;
    for (const QChar c : alias) {
        if (c == u'.') {
            pattern += (singleDotted || firstDot) ? QStringLiteral("\\.\\s?")
                                                  : QStringLiteral("\\.?\\s?");
            firstDot = false;
        } else if (c == u' ' || c == u'-') {
            pattern += QStringLiteral("[\\s\\-]+");
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    if (singleDotted)
        pattern.chop(3); // no trailing optional space
    return QStringLiteral("(?<![\\p{L}\\d])") + pattern
        + (singleDotted ? QString() : QStringLiteral("(?![\\p{L}])"));
}

QList<Compiled> compile(const Entry *begin, const Entry *end)
{
    QList<Compiled> list;
    for (const Entry *e = begin; e != end; ++e) {
        for (const QString &alias : QString::fromUtf8(e->aliases).split(u'|')) {
            list.append({ e,
                          QRegularExpression(aliasPattern(alias),
                                             QRegularExpression::CaseInsensitiveOption
                                                 | QRegularExpression::UseUnicodePropertiesOption),
                          false, false });
        }
        const QString postal = QString::fromLatin1(e->postal);
        if (!postal.isEmpty()) {
            bool wordlike = false;
            for (const char *w : kWordlikePostal)
                wordlike = wordlike || postal == QLatin1String(w);
            list.append({ e,
                          QRegularExpression(QStringLiteral("(?<![\\p{L}\\d.])") + postal
                                                 + QStringLiteral("(?![\\p{L}\\d])(?!\\s*\\d{3})"),
                                             QRegularExpression::UseUnicodePropertiesOption),
                          true, wordlike });
        }
    }
    return list;
}

std::optional<PlaceNames::Match> findFirst(const QList<Compiled> &table, QStringView line,
                                           bool isCountry)
{
    const QString folded = OcrText::foldAccents(line);
    const QString original = line.toString();
    std::optional<PlaceNames::Match> best;
    for (const Compiled &c : table) {
        const QString &subject = c.postal ? original : folded;
        auto it = c.regex.globalMatch(subject);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (c.wordlike) {
                const QString before = original.left(m.capturedStart()).trimmed();
                const bool alone = original.trimmed() == m.captured();
                if (!alone && !before.endsWith(u','))
                    continue;
            }
            const bool better = !best || m.capturedStart() < best->position
                || (m.capturedStart() == best->position && m.capturedLength() > best->length);
            if (!better)
                continue;
            PlaceNames::Match match;
            match.name = QString::fromUtf8(c.entry->name);
            match.countryCode = QString::fromLatin1(c.entry->code);
            match.country = isCountry ? match.name : PlaceNames::countryName(match.countryCode);
            match.position = m.capturedStart();
            match.length = m.capturedLength();
            best = match;
            break;
        }
    }
    return best;
}

} // namespace

QString PlaceNames::countryName(const QString &code)
{
    for (const Entry &e : kCountries) {
        if (code == QLatin1String(e.code))
            return QString::fromUtf8(e.name);
    }
    return {};
}

std::optional<PlaceNames::Match> PlaceNames::findStateProvince(QStringView line)
{
    static const QList<Compiled> table = compile(std::begin(kRegions), std::end(kRegions));
    // "Washington Co." or "Comté de Kent" names a county, not a state: hide those words.
    static const QRegularExpression county(
        QStringLiteral(
            "(?:\\p{Lu}[\\p{L}.'\\-]*\\s)+(?:[Cc]o\\.|[Cc]ounty|COUNTY|[Pp]arish)(?![\\p{L}])"),
        QRegularExpression::UseUnicodePropertiesOption);
    QString masked = line.toString();
    auto it = county.globalMatch(masked);
    QList<QPair<qsizetype, qsizetype>> spans;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        spans.append({ m.capturedStart(), m.capturedLength() });
    }
    for (const auto &[start, length] : spans)
        masked.replace(start, length, QString(length, u'#'));
    return findFirst(table, masked, false);
}

std::optional<PlaceNames::Match> PlaceNames::findCountry(QStringView line)
{
    static const QList<Compiled> table = compile(std::begin(kCountries), std::end(kCountries));
    QString masked = line.toString();
    // "New Mexico" is a state and "Georgia" is read as one: hide state names from the search.
    for (int guard = 0; guard < 8; ++guard) {
        const auto state = findStateProvince(masked);
        if (!state)
            break;
        masked.replace(state->position, state->length, QString(state->length, u'#'));
    }
    return findFirst(table, masked, true);
}

} // namespace herb
