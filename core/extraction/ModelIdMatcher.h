#pragma once

#include <QString>
#include <QStringList>

namespace herb {

// Suggests the model id a user most likely meant ("did you mean ...?").
class ModelIdMatcher
{
public:
    // Levenshtein distance over UTF-16 code units, case-insensitive.
    static int editDistance(const QString &a, const QString &b);
    // The closest id, or an empty string when none is close enough to be a plausible typo
    // (more than half of the wanted id would have to change).
    static QString closest(const QString &wanted, const QStringList &ids);
};

} // namespace herb
