#pragma once

#include "Normalised.h"

#include <optional>
#include <utility>

namespace herb {

// decimalLatitude and decimalLongitude as signed decimal degrees (up to six decimals, about
// 0.1 m): degrees-minutes-seconds ("49°02'30\"N"), degrees and decimal minutes ("49°02.5'N")
// and hemisphere letters ("111.55 W", French O for ouest) are read by CoordinateScanner. A
// value out of range (|latitude| > 90, |longitude| > 180) or written for the other axis
// ("49°N" as a longitude) fails.
Normalised normaliseLatitude(const QString &text);
Normalised normaliseLongitude(const QString &text);

// Both from one verbatimCoordinates text ("49°02'N 111°33'W"), when it holds exactly a latitude
// and a longitude.
std::optional<std::pair<QString, QString>> coordinatesFrom(const QString &verbatim);

// How the archive writes a coordinate: no trailing zeros, at most six decimals.
QString decimalText(double degrees);

} // namespace herb
