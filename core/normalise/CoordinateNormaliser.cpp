#include "CoordinateNormaliser.h"

#include "labels/CoordinateScanner.h"

#include <cmath>

namespace herb {

namespace {

using Axis = CoordinateScanner::Axis;

Normalised normalise(const QString &text, Axis axis, double limit)
{
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const double plain = trimmed.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(plain) || std::abs(plain) > limit)
            return Normalised::failed();
        return Normalised::kept(trimmed);
    }
    const QList<CoordinateScanner::Coordinate> found = CoordinateScanner::scan(trimmed);
    if (found.size() != 1)
        return Normalised::failed(); // nothing, or more than one value: no guess
    const CoordinateScanner::Coordinate &coordinate = found.first();
    if (coordinate.axis != Axis::Unknown && coordinate.axis != axis)
        return Normalised::failed();
    if (std::abs(coordinate.degrees) > limit)
        return Normalised::failed();
    return Normalised::changed(decimalText(coordinate.degrees));
}

} // namespace

QString decimalText(double degrees)
{
    QString text = QString::number(degrees, 'f', 6);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

Normalised normaliseLatitude(const QString &text)
{
    return normalise(text, Axis::Latitude, 90.0);
}

Normalised normaliseLongitude(const QString &text)
{
    return normalise(text, Axis::Longitude, 180.0);
}

std::optional<std::pair<QString, QString>> coordinatesFrom(const QString &verbatim)
{
    const QList<CoordinateScanner::Coordinate> found = CoordinateScanner::scan(verbatim);
    if (found.size() != 2)
        return std::nullopt;
    const auto &first = found.first();
    const auto &second = found.last();
    // Latitude first unless the letters say otherwise, as labels and GBIF write them.
    const bool swapped = first.axis == Axis::Longitude || second.axis == Axis::Latitude;
    const auto &latitude = swapped ? second : first;
    const auto &longitude = swapped ? first : second;
    if (latitude.axis == Axis::Longitude || longitude.axis == Axis::Latitude
        || std::abs(latitude.degrees) > 90.0 || std::abs(longitude.degrees) > 180.0)
        return std::nullopt;
    return std::pair { decimalText(latitude.degrees), decimalText(longitude.degrees) };
}

} // namespace herb
