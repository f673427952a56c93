#include "CountryCodes.h"

#include <QHash>
#include <QSet>

namespace herb {

namespace {

// Code, then the names: English first, then French, then common short forms.
struct Country
{
    const char *code;
    const char *names; // "|"-separated, lower case, without accents
};

const Country kCountries[] = {
    { "AR", "argentina|argentine" },
    { "AT", "austria|autriche" },
    { "AU", "australia|australie" },
    { "BE", "belgium|belgique" },
    { "BO", "bolivia|bolivie" },
    { "BR", "brazil|bresil|brasil" },
    { "BS", "bahamas" },
    { "BZ", "belize" },
    { "CA", "canada" },
    { "CH", "switzerland|suisse" },
    { "CL", "chile|chili" },
    { "CN", "china|chine|people's republic of china" },
    { "CO", "colombia|colombie" },
    { "CR", "costa rica" },
    { "CU", "cuba" },
    { "CZ", "czech republic|czechia|republique tcheque|tchequie" },
    { "DE", "germany|allemagne|deutschland" },
    { "DK", "denmark|danemark" },
    { "DO", "dominican republic|republique dominicaine" },
    { "DZ", "algeria|algerie" },
    { "EC", "ecuador|equateur" },
    { "EE", "estonia|estonie" },
    { "EG", "egypt|egypte" },
    { "ES", "spain|espagne|espana" },
    { "FI", "finland|finlande" },
    { "FO", "faroe islands|iles feroe" },
    { "FR", "france" },
    { "GB",
      "united kingdom|royaume-uni|royaume uni|great britain|grande-bretagne|england|"
      "angleterre|scotland|ecosse|wales|pays de galles|uk|u.k." },
    { "GF", "french guiana|guyane|guyane francaise" },
    { "GL", "greenland|groenland" },
    { "GP", "guadeloupe" },
    { "GR", "greece|grece" },
    { "GT", "guatemala" },
    { "GY", "guyana" },
    { "HN", "honduras" },
    { "HR", "croatia|croatie" },
    { "HT", "haiti" },
    { "HU", "hungary|hongrie" },
    { "ID", "indonesia|indonesie" },
    { "IE", "ireland|irlande" },
    { "IL", "israel" },
    { "IN", "india|inde" },
    { "IR", "iran" },
    { "IS", "iceland|islande" },
    { "IT", "italy|italie|italia" },
    { "JM", "jamaica|jamaique" },
    { "JP", "japan|japon" },
    { "KE", "kenya" },
    { "KR", "south korea|korea|republic of korea|coree du sud|coree" },
    { "KZ", "kazakhstan" },
    { "LT", "lithuania|lituanie" },
    { "LU", "luxembourg" },
    { "LV", "latvia|lettonie" },
    { "MA", "morocco|maroc" },
    { "MG", "madagascar" },
    { "MN", "mongolia|mongolie" },
    { "MQ", "martinique" },
    { "MX", "mexico|mexique" },
    { "MY", "malaysia|malaisie" },
    { "NC", "new caledonia|nouvelle-caledonie|nouvelle caledonie" },
    { "NI", "nicaragua" },
    { "NL", "netherlands|pays-bas|pays bas|holland|hollande" },
    { "NO", "norway|norvege" },
    { "NP", "nepal" },
    { "NZ", "new zealand|nouvelle-zelande|nouvelle zelande" },
    { "PA", "panama" },
    { "PE", "peru|perou" },
    { "PF", "french polynesia|polynesie francaise" },
    { "PH", "philippines" },
    { "PL", "poland|pologne" },
    { "PM", "saint pierre and miquelon|saint-pierre-et-miquelon|saint pierre et miquelon" },
    { "PR", "puerto rico|porto rico" },
    { "PT", "portugal" },
    { "PY", "paraguay" },
    { "RE", "reunion|la reunion" },
    { "RO", "romania|roumanie" },
    { "RU", "russia|russian federation|russie|federation de russie" },
    { "SE", "sweden|suede" },
    { "SI", "slovenia|slovenie" },
    { "SJ", "svalbard and jan mayen|svalbard" },
    { "SK", "slovakia|slovaquie" },
    { "SN", "senegal" },
    { "SR", "suriname|surinam" },
    { "SV", "el salvador|salvador" },
    { "TH", "thailand|thailande" },
    { "TN", "tunisia|tunisie" },
    { "TR", "turkey|turquie|turkiye" },
    { "TW", "taiwan" },
    { "TZ", "tanzania|tanzanie" },
    { "UA", "ukraine" },
    { "US",
      "united states|united states of america|usa|u.s.a.|u.s.|us|etats-unis|etats unis|"
      "etats-unis d'amerique|america" },
    { "UY", "uruguay" },
    { "VE", "venezuela" },
    { "VN", "vietnam|viet nam" },
    { "ZA", "south africa|afrique du sud" },
};

// Lower case, accents removed, dots dropped, hyphens and apostrophes as written, blanks
// collapsed: "États-Unis" -> "etats-unis", "U.S.A." -> "usa".
QString key(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c == u'.')
            continue;
        out.append(c == u'’' ? QChar(u'\'') : c);
    }
    return out.simplified();
}

struct Tables
{
    QHash<QString, QString> byName;
    QSet<QString> codes;
};

const Tables &tables()
{
    static const Tables built = [] {
        Tables t;
        for (const Country &country : kCountries) {
            const QString code = QLatin1String(country.code);
            t.codes.insert(code);
            for (const QString &name : QString::fromUtf8(country.names).split(QLatin1Char('|')))
                t.byName.insert(key(name), code);
        }
        return t;
    }();
    return built;
}

} // namespace

QString countryCodeFor(const QString &nameOrCode)
{
    const QString trimmed = nameOrCode.trimmed();
    if (trimmed.size() == 2 && tables().codes.contains(trimmed.toUpper()))
        return trimmed.toUpper();
    return tables().byName.value(key(trimmed));
}

} // namespace herb
