#pragma once

#include "events/Event.h"

namespace herb::test {

// The events of a made-up run, in log order, with seq and timestamps stamped as the bus would:
// extraction.started, then per specimen specimen.processing and specimen.completed (or
// specimen.failed for every `failEvery`-th, never when 0), the checkpoint after
// `checkpointSize`, and extraction.completed. With `stopAtCheckpoint` the first
// `checkpointSize` specimens fail except `checkpointSuccesses`, the checkpoint fails and the
// log ends with extraction.failed (early_validation_failed).
struct SyntheticRun
{
    int specimens = 20;
    int failEvery = 4;
    int checkpointSize = 5;
    double checkpointMinRate = 0.5;
    double monitorMinRate = 0.7;
    bool stopAtCheckpoint = false;
    int checkpointSuccesses = 2;
    qint64 startMs = 1'790'000'000'000;
    qint64 stepMs = 1000; // between finished specimens

    EventBatch events() const;
};

} // namespace herb::test
