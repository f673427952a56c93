#include "GbifLicences.h"

namespace herb {

const std::vector<GbifLicence> &gbifLicences()
{
    static const std::vector<GbifLicence> licences {
        { "http://creativecommons.org/publicdomain/zero/1.0/legalcode", "Public Domain (CC0 1.0)",
          "CC0 1.0" },
        { "http://creativecommons.org/licenses/by/4.0/legalcode",
          "Creative Commons Attribution (CC-BY) 4.0", "CC BY 4.0" },
        { "http://creativecommons.org/licenses/by-nc/4.0/legalcode",
          "Creative Commons Attribution Non Commercial (CC-BY-NC) 4.0", "CC BY-NC 4.0" },
    };
    return licences;
}

const GbifLicence *findGbifLicence(const QString &iri)
{
    // GBIF accepts the deed and the legal code, over http or https.
    QString key = iri.trimmed();
    key.replace(QLatin1String("https://"), QLatin1String("http://"));
    if (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    if (key.endsWith(QLatin1String("/legalcode")))
        key.chop(int(qstrlen("/legalcode")));
    for (const GbifLicence &licence : gbifLicences()) {
        QString known = QLatin1String(licence.iri);
        known.chop(int(qstrlen("/legalcode")));
        if (key == known)
            return &licence;
    }
    return nullptr;
}

} // namespace herb
