#pragma once

#include "dwc/DwcExportSettings.h"
#include "dwc/DwcRecord.h"

#include <QStringList>

namespace herb {

// The step between an engine's answer and the record, for every engine: values GBIF reads in
// one form only are rewritten into it, and what the label said stays in the verbatim term.
//
// eventDate -> ISO 8601 (verbatimEventDate); decimalLatitude/decimalLongitude -> signed decimal
// degrees (verbatimLatitude/verbatimLongitude, or from verbatimCoordinates when they are
// missing); geodeticDatum from the label's text when printed, else "not recorded", on records
// with coordinates; countryCode from a country name (country keeps the name); elevations with
// units -> minimum/maximumElevationInMeters (verbatimElevation); kingdom from the settings;
// taxonRank from the name's form; institutionCode/collectionCode from the catalogue-number
// prefix table when the settings give no institutionCode.
//
// A value that cannot be read is never dropped: it stays in its verbatim term, the interpreted
// term is left empty, and the returned flags name it ("unnormalised:decimalLatitude"); a date
// whose day and month could be swapped is kept as read and flagged "ambiguous:eventDate".
QStringList normaliseRecord(DwcRecord &record, const DwcExportSettings &settings);

} // namespace herb
