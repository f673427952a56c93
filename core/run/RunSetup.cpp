#include "RunSetup.h"

#include <QCoreApplication>

namespace herb {

std::variant<RunSetup, RunSetupError> prepareRun(const RunConfig &config)
{
    const LocalPreflight preflight = LocalPreflight::run(config, LocalPreflight::Mode::Prepare);
    if (const PreflightFinding *error = preflight.firstError()) {
        if (error->code == PreflightFinding::Code::RunFolderNotEmpty)
            return RunSetupError { 2,
                                   error->text + QLatin1Char(' ')
                                       + QCoreApplication::translate(
                                           "RunSetup",
                                           "Continue it with --resume or choose "
                                           "another --out.") };
        if (error->code == PreflightFinding::Code::ResumeFolderChanged)
            return RunSetupError { 2, error->text };
        return RunSetupError { 4, error->text };
    }
    RunSetup setup;
    setup.prompt = *preflight.prompt;
    setup.images = preflight.images;
    setup.skippedFiles = preflight.skipped;
    setup.controls = preflight.controls;
    for (const PreflightFinding &finding : preflight.findings) {
        if (finding.level == PreflightFinding::Level::Warning)
            setup.warnings << finding.text;
    }
    // Only files whose size matches another's are hashed: cheap without duplicates. A run
    // needs this, a check in the window does not, so it is not part of the preflight.
    DuplicateScan duplicates = findDuplicateImages(setup.images);
    setup.duplicates = std::move(duplicates.groups);
    setup.warnings << duplicates.errors;
    setup.knownHashes = std::move(duplicates.hashes);
    return setup;
}

} // namespace herb
