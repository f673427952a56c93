#pragma once

#include "RunConfig.h"
#include "extraction/Prompt.h"
#include "specimens/ImageDiscovery.h"

#include <optional>

namespace herb {

// The local half of the preflight, before a run folder is touched: the prompt is readable and
// not empty, the image folder has images, and the run folder is usable (empty unless resuming,
// writable, with free space). The network half (key, model) is EndpointPreflight.
struct RunSetup
{
    Prompt prompt;
    QList<DiscoveredImage> images;
    QStringList warnings; // shown, not fatal: prompt never asks for JSON, unreadable subfolders
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
