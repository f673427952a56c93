#pragma once

#include "scoring/ScoreTable.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace herb {

class TruthTable;

// Darwin Core values per specimen id: what a run predicted, to be scored against a truth.csv.
using Predictions = QHash<QString, QMap<QString, QString>>;

// The predictions of a finished run, from a run folder, its records.jsonl (successful final
// records only) or an occurrence.csv. An occurrence.csv is read as it is (what would be
// imported); its rows carry occurrenceIDs, which the records.jsonl beside it maps back to
// specimen ids (both derive from the image's SHA-256). Rows it cannot map are left out.
std::optional<Predictions> readPredictions(const QString &path, QString *error);

// Scores every truth row against the prediction of the same specimen: by id, else by file
// name (for truth tables that list bare file names). A truth row with no prediction is a
// miss for every field.
ScoreTable scorePredictions(const TruthTable &truth, const Predictions &predicted);

} // namespace herb
