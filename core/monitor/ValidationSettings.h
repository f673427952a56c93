#pragma once

#include <QJsonObject>

namespace herb {

// Every threshold of DESIGN.md "Validation semantics"; each is a CLI flag, a GUI field, and
// recorded in run.json.
struct ValidationSettings
{
    int checkpointSize = 5; // N: verdict when the N-th specimen of the session has finished
    double checkpointMinRate = 0.5; // below this, the run stops (exit 3)
    int monitorEvery = 50; // M: rolling check every M finished specimens
    double monitorMinRate = 0.7; // below this, validation.warning
    int stallSeconds = 300; // no specimen finished for this long (or 10 x median latency)
    int imageErrorBurst = 5; // this many unreadable files in a row -> validation.warning

    QJsonObject toJson() const;
    static ValidationSettings fromJson(const QJsonObject &json);
};

} // namespace herb
