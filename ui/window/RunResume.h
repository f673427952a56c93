#pragma once

#include "monitor/RunSummary.h"
#include "run/RunConfig.h"

namespace herb {

// When a run folder can be continued, and with what: the GUI's Resume. A run that was stopped
// (by a person, the checkpoint, an error) or killed before its log ended is unfinished; the
// controller then skips what an earlier session finished and retries the rest.
class RunResume
{
public:
    static bool isUnfinished(const RunSummary &summary);
    // The settings on screen now (key, engine, model, prompt: a resume after a wrong prompt
    // uses the corrected one), aimed at the run folder and at the images its last session
    // used, with resume on.
    static RunConfig configFor(RunConfig base, const QString &runFolder, const RunSummary &summary);
};

} // namespace herb
