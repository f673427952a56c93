#pragma once

#include "scoring/ScoreTable.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace herb {

class TruthTable;

// Darwin Core values per specimen id: what a run predicted, to be scored against a truth.csv.
using Predictions = QHash<QString, QMap<QString, QString>>;

// The predictions of a finished run, from a run folder, its records.jsonl (successful final
// records only) or an occurrence.csv.
// - records.jsonl is read whole: a last line without a newline is a record (only a log being
//   written can be torn, and `score` reads finished files); unreadable lines are counted in
//   *warnings.
// - An occurrence.csv with a records.jsonl beside it is Herbstream's export: read as it is
//   (what would be imported), its occurrenceIDs mapped back to specimen ids through the
//   records (both derive from the image's SHA-256); rows it cannot map are counted in
//   *warnings.
// - An occurrence.csv alone comes from another tool: a row's id is its image name (a column
//   named file, file_name, filename or image), else the value of `key` (catalogNumber,
//   occurrenceID: scoring then matches on that term). Without either it is an error.
std::optional<Predictions> readPredictions(const QString &path, QString *error,
                                           QStringList *warnings = nullptr,
                                           const QString &key = {});

// Scores every truth row against the prediction of the same specimen with the default rules
// (scoreRun() in RunScore.h has them all and the warnings).
ScoreTable scorePredictions(const TruthTable &truth, const Predictions &predicted);

} // namespace herb
