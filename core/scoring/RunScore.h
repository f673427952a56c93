#pragma once

#include "scoring/Predictions.h"
#include "scoring/ScoreRules.h"
#include "scoring/ScoreTable.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace herb {

class TruthTable;

// One run scored against a truth table, with what the user must know to trust the numbers.
struct RunScore
{
    QString source; // the path given on the command line
    ScoreTable table;
    QStringList warnings;
};

// Scores `predicted` against `truth`:
// - Fields: the truth's columns in its order, each renamed by rules.columnMap. A column that is
//   not a Darwin Core term and that no record has is left out with a warning (it would score
//   0 % and pull the overall down); a column no record has a value for is scored, with a
//   warning.
// - Matching: with `key` (a term such as catalogNumber), the truth row and the record with the
//   same value of it; otherwise equal ids, else equal file names (folders and URLs ignored).
//   A row that matches several records matches none (a guess would change from run to run)
//   and is reported; records no truth row matches are counted in a warning.
// Fails (nullopt, *error) when `key` is not a column of the truth table, or when two columns
// would be scored as the same term (a --map onto a column that exists).
std::optional<RunScore> scoreRun(const TruthTable &truth, const Predictions &predicted,
                                 const ScoreRules &rules, const QString &key, QString *error);

// How often runs gave the same answer, per field: over the truth cells every run scored
// (abstentions included), those whose answers have equal comparison forms.
struct Agreement
{
    int agreeing = 0;
    int considered = 0;
    double rate() const { return considered > 0 ? double(agreeing) / considered : 0.0; }
};
QMap<QString, Agreement> runAgreement(const QList<RunScore> &runs);

} // namespace herb
