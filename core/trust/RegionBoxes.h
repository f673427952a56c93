#pragma once

#include <QString>

#include <optional>

namespace herb {

// Bounding boxes of the countries, Canadian provinces and territories and US states that
// PlaceNames knows (core/labels): enough to tell coordinates that cannot belong to the place a
// record names (a lost minus sign, latitude and longitude swapped) from plausible ones.
struct RegionBox
{
    const char *name; // PlaceNames' full name: "Saskatchewan", "United States"
    double south;
    double north;
    double west;
    double east; // east < west: the box crosses the 180th meridian (Alaska, Russia)

    // Inside, or within `marginDegrees` of an edge (the boxes are rounded outward a little;
    // a collecting site on a border is still inside).
    bool contains(double latitude, double longitude, double marginDegrees = 0.5) const;
};

// The box of a state or province named by a stateProvince value ("Sask.", "Québec", "MT").
std::optional<RegionBox> stateProvinceBox(const QString &value);
// The box of a country named by a country value ("Canada", "U.S.A.") or an ISO code ("CA").
std::optional<RegionBox> countryBox(const QString &value);
// The value is a place name and nothing else: a country, a state or a province.
bool isPlaceName(const QString &value);

} // namespace herb
