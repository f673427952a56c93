#pragma once

#include "RunOptions.h"
#include "dwc/GbifLicences.h"

#include <QSettings>

#include <vector>

namespace herb {

// The Publication options (DwcExportSettings): licence, codes and the data set's metadata.
// They are stored once, in the settings the window's Publication page writes, and every run
// reads them, from the window or the command line; an option given on the command line wins
// for that run. Their settings keys start with kPublicationGroup.
std::vector<RunOption> withPublicationOptions(std::vector<RunOption> options);

inline constexpr char kPublicationGroup[] = "publication/";

bool isPublicationOption(const RunOption &option);

// The stored Publication settings over `config`'s; the others are left as they are.
void readStoredPublication(const QSettings &settings, RunConfig &config);

// The preflight's and Check's words for a run whose licence GBIF will refuse; empty when the
// licence is one of the three.
QString licenceWarning(const QString &iri);

} // namespace herb
