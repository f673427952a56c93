#pragma once

namespace herb {

// Accuracy counts for one Darwin Core term (or all terms together).
struct FieldScore
{
    int compared = 0; // truth values scored
    int exact = 0; // of those, exact matches (Scoring::exactMatch)
    double gradedSum = 0.0; // sum of Scoring::gradedSimilarity over the compared values

    double exactRate() const { return compared > 0 ? double(exact) / compared : 0.0; }
    double meanGraded() const { return compared > 0 ? gradedSum / compared : 0.0; }
};

} // namespace herb
