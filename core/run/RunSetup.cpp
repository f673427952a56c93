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
        return RunSetupError { 4, error->text };
    }
    RunSetup setup;
    setup.prompt = *preflight.prompt;
    setup.images = preflight.images;
    for (const PreflightFinding &finding : preflight.findings) {
        if (finding.level == PreflightFinding::Level::Warning)
            setup.warnings << finding.text;
    }
    return setup;
}

} // namespace herb
