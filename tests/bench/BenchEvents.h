#pragma once

#include "events/Event.h"

#include <QByteArray>

#include <cstdlib>

namespace herb::bench {

// The example event of DESIGN.md ("Event log"), about 300 bytes on the wire.
inline Event exampleEvent()
{
    SpecimenFinished finished;
    finished.specimenId = QStringLiteral("box12/specimen_005.jpg");
    finished.fieldsExtracted = 14;
    finished.latencyMs = 2310;
    finished.attempts = 1;
    return Event::completed(finished);
}

// ctest runs each benchmark briefly (HERBSTREAM_BENCH_SMOKE=1) to keep it working; the real
// figures come from a full run by hand.
inline bool smokeRun()
{
    return qEnvironmentVariableIntValue("HERBSTREAM_BENCH_SMOKE") == 1;
}

} // namespace herb::bench
