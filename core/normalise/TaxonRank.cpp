#include "TaxonRank.h"

#include <QRegularExpression>

namespace herb {

QString taxonRankOf(const QString &scientificName)
{
    const QStringList words = scientificName.simplified().split(QLatin1Char(' '));
    static const QRegularExpression genus(QStringLiteral(R"(^[A-Z][a-zë-]+$)"));
    static const QRegularExpression epithet(QStringLiteral(R"(^[a-zë][a-zë-]+$)"));
    if (words.isEmpty() || !genus.match(words.first()).hasMatch())
        return {};
    static const QStringList unnamed { QStringLiteral("sp."), QStringLiteral("sp"),
                                       QStringLiteral("spp.") };
    if (words.size() == 1 || unnamed.contains(words.at(1)))
        return QStringLiteral("genus");
    if (!epithet.match(words.at(1)).hasMatch())
        return QStringLiteral("genus"); // "Carex L.": the genus with its author
    for (qsizetype i = 2; i + 1 < words.size(); ++i) {
        const QString &marker = words.at(i);
        if (!epithet.match(words.at(i + 1)).hasMatch())
            continue;
        if (marker == QLatin1String("subsp.") || marker == QLatin1String("ssp."))
            return QStringLiteral("subspecies");
        if (marker == QLatin1String("var."))
            return QStringLiteral("variety");
        if (marker == QLatin1String("f.") || marker == QLatin1String("forma"))
            return QStringLiteral("form");
    }
    return QStringLiteral("species");
}

} // namespace herb
