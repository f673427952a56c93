#pragma once

#include <QString>
#include <QStringView>

namespace herb {

// String comparisons used to score extracted Darwin Core values against a truth table.
// Distances count Unicode code points, not UTF-16 units, so "é" or an astral character is one
// edit, whatever its encoding.
class Scoring
{
public:
    // Edit distance (insertions, deletions, substitutions of one code point each). O(n*m)
    // time, O(min(n, m)) memory. Compares exactly: no case folding or trimming.
    static int levenshtein(QStringView a, QStringView b);
    // levenshtein / max(length) in 0..1; 0 when both are empty.
    static double normalizedLevenshtein(QStringView a, QStringView b);
    // 1 - normalizedLevenshtein of the normalised texts (see normalized()); both empty -> 1.
    static double gradedSimilarity(QStringView a, QStringView b);
    // Equal after normalisation; implies gradedSimilarity() == 1.
    static bool exactMatch(QStringView a, QStringView b);
    // Case-folded, trimmed, inner whitespace runs collapsed to one space.
    static QString normalized(QStringView text);
};

} // namespace herb
