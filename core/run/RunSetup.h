#pragma once

#include "RunConfig.h"
#include "extraction/Prompt.h"
#include "specimens/DuplicateImages.h"
#include "specimens/ImageDiscovery.h"

#include <optional>

namespace herb {

// The local half of the preflight, before a run folder is touched: the prompt is readable and
// not empty, the image folder has images, and the run folder is usable (empty unless resuming,
// writable, with free space), and a resume continues the same image folder (exit 2 otherwise,
// unless allowFolderChange: two sets would be mixed in one export). The network half (key, model)
// is EndpointPreflight.
struct RunSetup
{
    Prompt prompt;
    QList<DiscoveredImage> images;
    QStringList warnings; // shown, not fatal: prompt never asks for JSON, unreadable subfolders
    QList<SkippedEntry> skippedFiles; // found but not processable: each gets specimen.skipped
    // Files with the same content: the controller processes each content once (which copy,
    // it decides with the run folder's records in hand) and reports the others.
    QList<DuplicateGroup> duplicates;
};

struct RunSetupError
{
    int exitCode = 4; // 2 for a non-empty run folder without --resume
    QString message;
};

std::variant<RunSetup, RunSetupError> prepareRun(const RunConfig &config);

// Free space below this refuses the run: records and logs must never hit a full disk midway.
inline constexpr qint64 kMinimumFreeBytes = 100LL * 1024 * 1024;

} // namespace herb
