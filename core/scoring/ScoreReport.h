#pragma once

#include "scoring/RunScore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace herb {

// What `herbstream score` prints for one or several runs scored against the same truth, and
// its --diff file. Shared with the window so both show the same table.
class ScoreReport
{
public:
    // A table: per field the compared cells, then per run exact %, graded %, invented and
    // abstained (and the agreement between runs when there are several); the cell-weighted
    // overall and the mean of the fields. `escape` makes names safe for a console.
    static QString text(const QList<RunScore> &runs,
                        const std::function<QString(const QString &)> &escape = {});
    // One run: {specimens, missing, fields, overall, field_mean, warnings} (the original shape
    // with more keys). Several: {runs: [that per run, with "source"], agreement, fields_order}.
    static QJsonObject json(const QList<RunScore> &runs);
    // CSV rows for every compared cell that is not an exact match (and every abstention):
    // run (with several runs), specimen, field, model_value, truth, graded, kind.
    static QByteArray diffCsv(const QList<RunScore> &runs);
};

} // namespace herb
