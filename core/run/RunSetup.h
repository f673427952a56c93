#pragma once

#include "Preflight.h"
#include "RunConfig.h"
#include "extraction/Prompt.h"
#include "specimens/DuplicateImages.h"
#include "specimens/ImageDiscovery.h"

#include <optional>

namespace herb {

// What a run starts from once the local preflight (Preflight.h) passed in Prepare mode: the
// prompt, the images and the warnings to show. The network half (key, model) is
// EndpointPreflight.
struct RunSetup
{
    Prompt prompt;
    QList<DiscoveredImage> images;
    QStringList warnings; // shown, not fatal: prompt never asks for JSON, unreadable subfolders
    QList<SkippedEntry> skippedFiles; // found but not processable: each gets specimen.skipped
    QList<ControlSheet> controls; // --controls: images of the folder with known values
    // Files with the same content: the controller processes each content once (which copy,
    // it decides with the run folder's records in hand) and reports the others.
    QList<DuplicateGroup> duplicates;
    // Specimen id -> SHA-256 of the files the duplicate scan hashed (DuplicateScan::hashes).
    QHash<QString, QByteArray> knownHashes;
};

struct RunSetupError
{
    int exitCode = 4; // 2 for a non-empty run folder without --resume
    QString message;
};

// Stops at the first error: exit code 2 for a run folder that is not empty without resuming,
// or resumed with another image folder, 4 for the rest.
std::variant<RunSetup, RunSetupError> prepareRun(const RunConfig &config);

} // namespace herb
