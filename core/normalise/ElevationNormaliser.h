#pragma once

#include <QString>

#include <optional>

namespace herb {

// An elevation as labels write it, in metres: "1200 m", "3900 ft", "3,500-4,000 ft.",
// "ca. 850 m", "1 200 mètres", "900 pieds". A bare number is taken as metres (the unit of the
// terms it goes to). Feet are converted (0.3048) and rounded to the metre.
struct ElevationRange
{
    QString minimumMeters;
    QString maximumMeters;
};
std::optional<ElevationRange> parseElevation(const QString &text);

} // namespace herb
