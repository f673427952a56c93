#include "CatalogPrefixes.h"

#include <QRegularExpression>

namespace herb {

std::optional<CatalogCodes> codesForCatalogNumber(const QString &table,
                                                  const QString &catalogNumber)
{
    const QString number = catalogNumber.trimmed().toUpper();
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    std::optional<CatalogCodes> best;
    qsizetype bestLength = 0;
    for (const QString &entry : table.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString prefix = entry.left(equals).trimmed().toUpper();
        if (prefix.isEmpty() || !number.startsWith(prefix) || prefix.size() <= bestLength)
            continue;
        if (number.size() > prefix.size() && number.at(prefix.size()).isLetter())
            continue; // "DAOX1" is not DAO's
        const QString codes = entry.mid(equals + 1).trimmed();
        const qsizetype slash = codes.indexOf(QLatin1Char('/'));
        best = CatalogCodes { (slash < 0 ? codes : codes.left(slash)).trimmed(),
                              slash < 0 ? QString() : codes.mid(slash + 1).trimmed() };
        bestLength = prefix.size();
    }
    return best;
}

} // namespace herb
