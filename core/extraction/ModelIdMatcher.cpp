#include "ModelIdMatcher.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace herb {

int ModelIdMatcher::editDistance(const QString &a, const QString &b)
{
    const QString left = a.toCaseFolded();
    const QString right = b.toCaseFolded();
    std::vector<int> previous(right.size() + 1);
    std::vector<int> current(right.size() + 1);
    for (qsizetype j = 0; j <= right.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= left.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= right.size(); ++j) {
            const int substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[right.size()];
}

QString ModelIdMatcher::closest(const QString &wanted, const QStringList &ids)
{
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &id : ids) {
        // A missing "vendor/" prefix is the most common slip with OpenRouter ids.
        const QString name = id.mid(id.indexOf(QLatin1Char('/')) + 1);
        const int distance = std::min(editDistance(wanted, id), editDistance(wanted, name));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = id;
        }
    }
    if (best.isEmpty() || bestDistance * 2 > std::max<qsizetype>(wanted.size(), 1))
        return {};
    return best;
}

} // namespace herb
