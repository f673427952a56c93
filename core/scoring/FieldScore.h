#pragma once

#include <QString>

namespace herb {

// Accuracy counts for one Darwin Core term (or all terms together).
struct FieldScore
{
    int compared = 0; // cells scored: in exact and graded figures
    int exact = 0; // of those, exact matches (ScoreRules::comparisonForm equal)
    double gradedSum = 0.0; // sum of ScoreRules::graded over the compared cells
    int missing = 0; // compared: truth has a value, the answer is empty (or no record)
    int invented = 0; // compared, a miss: an answer where the truth is empty
    int correctEmpty = 0; // compared, a hit: empty answer, empty truth
    int abstained = 0; // not compared: the answer was an abstention ("illegible")

    double exactRate() const { return compared > 0 ? double(exact) / compared : 0.0; }
    double meanGraded() const { return compared > 0 ? gradedSum / compared : 0.0; }
};

// How one truth cell was scored; what `score --diff` lists (all but Exact and CorrectEmpty).
enum class CellKind
{
    Exact,
    Wrong,
    Missing,
    Invented,
    CorrectEmpty,
    Abstained,
};

// "wrong", "invented", ...: the names the diff file and the JSON use.
QString cellKindName(CellKind kind);

struct ScoredCell
{
    QString specimen; // the truth row's id
    QString recordId; // the specimen id of the record it was compared with; empty: none
    QString field;
    QString predicted;
    QString truth;
    double graded = 0.0;
    CellKind kind = CellKind::Exact;
};

} // namespace herb
