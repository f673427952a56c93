#pragma once

#include "ParsedLabel.h"

#include <QList>
#include <QString>

namespace herb {

// Maps the text of a herbarium label (Tesseract output, one label line per text line) onto
// Darwin Core terms: recordedBy, recordNumber, identifiedBy, dateIdentified, eventDate,
// verbatimEventDate, locality, habitat, verbatimElevation, minimumElevationInMeters,
// maximumElevationInMeters, decimalLatitude, decimalLongitude, verbatimCoordinates, country,
// countryCode, stateProvince, catalogNumber, scientificName, scientificNameAuthorship, family
// and verbatimLabel (every non-empty line, joined with '\n').
//
// Keyword cues decide most fields; without one, a line is read by its shape (a Latin name, a
// date, "J. Smith 1234", a place name) with lower confidence. Printed institutional headers
// only give context: a state, province or country they name, or a catalogue number; they
// never become a locality or a collector.
class LabelParser
{
public:
    // lineConfidences: OCR confidence 0..1 of each line of text (indexes as in
    // text.split('\n')); it multiplies the confidence of the terms read from that line.
    // Missing entries count as 1.
    static ParsedLabel parse(const QString &text, const QList<double> &lineConfidences = {});
};

} // namespace herb
