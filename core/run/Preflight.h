#pragma once

#include "RunConfig.h"
#include "extraction/Prompt.h"
#include "specimens/ImageDiscovery.h"
#include "trust/ControlSheets.h"

#include <QList>
#include <QMetaType>

#include <functional>
#include <optional>

namespace herb {

// One thing the local preflight found, in plain words.
struct PreflightFinding
{
    enum class Level
    {
        Ok,
        Warning,
        Error,
    };
    // What it is about, so a front end can act on it (an exit code, advice of its own) without
    // reading the text.
    enum class Code
    {
        Prompt, // the prompt is readable (Ok) or not (Error)
        PromptWarning, // readable, but e.g. never asks for JSON
        Images, // images found (Ok), none, no folder chosen, or the folder unreadable (Error)
        UnreadableFolder, // a subfolder could not be listed: its images are left out
        RunFolder, // usable (Ok), or cannot be made or written (Error)
        RunFolderNotEmpty, // without resuming (Error)
        ResumeFolderChanged, // resuming with another image folder than the run's (Error)
        SkippedFile, // looks like an image but is not processed (named link, FIFO, bad name)
        FreeSpace, // too little for records and logs (Error)
        Controls, // the control sheets file (--controls) is usable (Ok) or not (Error)
        Licence, // the exports' licence is one GBIF accepts (Ok) or not, or none (Warning)
        // The engine half (EngineCheck.h):
        Endpoint, // the server's settings or its answer at all
        ApiKey, // accepted (Ok), refused (Error), or the server cannot say (Warning)
        Model, // listed (Ok), unknown (Error), or the server cannot say (Warning)
        OcrEngine, // Tesseract starts with its language data (Ok) or not (Error)
    };
    Level level = Level::Ok;
    Code code = Code::Prompt;
    QString text;
};

// The local half of the preflight (DESIGN.md, "Preflight before any specimen"), one set of
// rules for the command line, the run and the window's "Check": the prompt is readable and
// not empty, the image folder has images, and the run folder is usable (empty unless resuming,
// writable, with free space), the control sheets (--controls) name images of the folder with
// known values, and a resume continues the same image folder (unless
// allowFolderChange: two sets would be mixed in one export). The network half (key, model) is
// EndpointPreflight.
//
// Check looks without touching anything: a run folder that does not exist yet is judged by the
// nearest folder above it that does, and only the engine that sends the prompt has it read.
// Prepare is what a run does: the prompt is always read (the run holds it), the run folder is
// made and written to. The command line stops at the first error; the window lists them all.
struct LocalPreflight
{
    enum class Mode
    {
        Check,
        Prepare,
    };

    QList<PreflightFinding> findings;
    std::optional<Prompt> prompt; // when it was read
    QList<DiscoveredImage> images;
    QList<SkippedEntry> skipped; // found but not processable: each gets specimen.skipped
    QList<ControlSheet> controls; // --controls, read against the images

    // `keepListing` (optional) is asked as the image folder is listed; false stops the listing
    // (the images finding is then an error): a window being closed need not wait for a listing
    // of 100,000 files.
    static LocalPreflight run(const RunConfig &config, Mode mode,
                              std::function<bool()> keepListing = {});

    const PreflightFinding *firstError() const;
    bool hasErrors() const { return firstError() != nullptr; }
};

// Free space below this refuses the run: records and logs must never hit a full disk midway.
inline constexpr qint64 kMinimumFreeBytes = 100LL * 1024 * 1024;

} // namespace herb

Q_DECLARE_METATYPE(herb::PreflightFinding)
