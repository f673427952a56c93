#include "window/RunResume.h"

#include <QDir>

namespace herb {

bool RunResume::isUnfinished(const RunSummary &summary)
{
    // Running: the log has no terminal event, so its writer died (or is still going, which
    // the run folder's lock file refuses with a message).
    return summary.state() == RunSummary::State::Failed
        || summary.state() == RunSummary::State::Running;
}

RunConfig RunResume::configFor(RunConfig base, const QString &runFolder, const RunSummary &summary)
{
    if (summary.lastStart()) {
        const QString images
            = summary.lastStart()->details.value(QLatin1String("images")).toString();
        if (!images.isEmpty())
            base.imagesFolder = QDir::fromNativeSeparators(images);
    }
    base.outFolder = QDir::cleanPath(runFolder);
    base.resume = true;
    base.dryRun = false;
    return base;
}

} // namespace herb
