#include "scoring/Scoring.h"

#include <QList>

#include <algorithm>
#include <numeric>

namespace herb {

int Scoring::levenshtein(QStringView a, QStringView b)
{
    QList<uint> longer = a.toUcs4();
    QList<uint> shorter = b.toUcs4();
    if (longer.size() < shorter.size())
        std::swap(longer, shorter);
    if (shorter.isEmpty())
        return int(longer.size());

    // One row over the shorter string: row[j] is the distance between the processed prefix of
    // `longer` and the first j code points of `shorter`.
    QList<int> row(shorter.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 0; i < longer.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i) + 1;
        for (qsizetype j = 0; j < shorter.size(); ++j) {
            const int above = row[j + 1];
            const int substitution = diagonal + (longer[i] == shorter[j] ? 0 : 1);
            row[j + 1] = std::min({ above + 1, row[j] + 1, substitution });
            diagonal = above;
        }
    }
    return row.last();
}

double Scoring::normalizedLevenshtein(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.toUcs4().size(), b.toUcs4().size());
    if (longest == 0)
        return 0.0;
    return double(levenshtein(a, b)) / double(longest);
}

double Scoring::gradedSimilarity(QStringView a, QStringView b)
{
    return 1.0 - normalizedLevenshtein(normalized(a), normalized(b));
}

bool Scoring::exactMatch(QStringView a, QStringView b)
{
    return normalized(a) == normalized(b);
}

QString Scoring::normalized(QStringView text)
{
    return text.toString().toCaseFolded().simplified();
}

} // namespace herb
