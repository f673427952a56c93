#pragma once

#include <QString>

#include <vector>

namespace herb {

// The licences GBIF accepts, as the IPT names them: CC0 1.0, CC BY 4.0, CC BY-NC 4.0.
struct GbifLicence
{
    const char *iri;
    const char *title; // "Creative Commons Attribution (CC-BY) 4.0"
    const char *shortName; // "CC BY 4.0"
};
const std::vector<GbifLicence> &gbifLicences();
// The entry for `iri` (legalcode or deed form, http or https), or nullptr.
const GbifLicence *findGbifLicence(const QString &iri);

} // namespace herb
