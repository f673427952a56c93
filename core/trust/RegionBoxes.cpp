#include "RegionBoxes.h"

#include "labels/PlaceNames.h"

#include <cmath>

namespace herb {

namespace {

// Degrees, rounded outward to the tenth; from the regions' published extents.
constexpr RegionBox kStatesProvinces[] = {
    { "Alberta", 49.0, 60.0, -120.0, -110.0 },
    { "British Columbia", 48.3, 60.0, -139.1, -114.0 },
    { "Manitoba", 49.0, 60.0, -102.1, -88.9 },
    { "New Brunswick", 44.5, 48.1, -69.1, -63.7 },
    { "Newfoundland and Labrador", 46.6, 60.4, -67.8, -52.6 },
    { "Nova Scotia", 43.4, 47.1, -66.4, -59.6 },
    { "Ontario", 41.6, 56.9, -95.2, -74.3 },
    { "Prince Edward Island", 45.9, 47.1, -64.5, -61.9 },
    { "Quebec", 44.9, 62.6, -79.8, -57.1 },
    { "Saskatchewan", 49.0, 60.0, -110.0, -101.3 },
    { "Northwest Territories", 60.0, 78.8, -136.5, -102.0 },
    { "Nunavut", 51.6, 83.2, -120.7, -61.2 },
    { "Yukon", 60.0, 69.7, -141.0, -123.8 },
    { "Alabama", 30.1, 35.0, -88.5, -84.9 },
    { "Alaska", 51.2, 71.4, 172.4, -129.9 },
    { "Arizona", 31.3, 37.0, -114.9, -109.0 },
    { "Arkansas", 33.0, 36.5, -94.7, -89.6 },
    { "California", 32.5, 42.0, -124.5, -114.1 },
    { "Colorado", 36.9, 41.0, -109.1, -102.0 },
    { "Connecticut", 40.9, 42.1, -73.8, -71.8 },
    { "Delaware", 38.4, 39.9, -75.8, -75.0 },
    { "Florida", 24.4, 31.0, -87.7, -80.0 },
    { "Georgia", 30.3, 35.0, -85.7, -80.8 },
    { "Hawaii", 18.9, 28.5, -178.4, -154.8 },
    { "Idaho", 41.9, 49.0, -117.3, -111.0 },
    { "Illinois", 36.9, 42.5, -91.6, -87.0 },
    { "Indiana", 37.7, 41.8, -88.1, -84.8 },
    { "Iowa", 40.3, 43.5, -96.7, -90.1 },
    { "Kansas", 36.9, 40.0, -102.1, -94.5 },
    { "Kentucky", 36.4, 39.2, -89.6, -81.9 },
    { "Louisiana", 28.9, 33.1, -94.1, -88.8 },
    { "Maine", 42.9, 47.5, -71.1, -66.9 },
    { "Maryland", 37.9, 39.8, -79.5, -75.0 },
    { "Massachusetts", 41.2, 42.9, -73.6, -69.9 },
    { "Michigan", 41.6, 48.3, -90.5, -82.1 },
    { "Minnesota", 43.4, 49.4, -97.3, -89.4 },
    { "Mississippi", 30.1, 35.0, -91.7, -88.1 },
    { "Missouri", 35.9, 40.7, -95.8, -89.1 },
    { "Montana", 44.3, 49.0, -116.1, -104.0 },
    { "Nebraska", 39.9, 43.1, -104.1, -95.3 },
    { "Nevada", 35.0, 42.0, -120.0, -114.0 },
    { "New Hampshire", 42.6, 45.4, -72.6, -70.6 },
    { "New Jersey", 38.9, 41.4, -75.6, -73.9 },
    { "New Mexico", 31.3, 37.0, -109.1, -103.0 },
    { "New York", 40.4, 45.1, -79.8, -71.8 },
    { "North Carolina", 33.8, 36.6, -84.4, -75.4 },
    { "North Dakota", 45.9, 49.0, -104.1, -96.5 },
    { "Ohio", 38.4, 42.3, -84.9, -80.5 },
    { "Oklahoma", 33.6, 37.0, -103.1, -94.4 },
    { "Oregon", 41.9, 46.3, -124.6, -116.4 },
    { "Pennsylvania", 39.7, 42.3, -80.6, -74.6 },
    { "Rhode Island", 41.1, 42.1, -71.9, -71.1 },
    { "South Carolina", 32.0, 35.3, -83.4, -78.5 },
    { "South Dakota", 42.4, 46.0, -104.1, -96.4 },
    { "Tennessee", 34.9, 36.7, -90.4, -81.6 },
    { "Texas", 25.8, 36.5, -106.7, -93.5 },
    { "Utah", 36.9, 42.1, -114.1, -109.0 },
    { "Vermont", 42.7, 45.1, -73.5, -71.4 },
    { "Virginia", 36.5, 39.5, -83.7, -75.2 },
    { "Washington", 45.5, 49.1, -124.8, -116.9 },
    { "West Virginia", 37.2, 40.7, -82.7, -77.7 },
    { "Wisconsin", 42.4, 47.1, -92.9, -86.2 },
    { "Wyoming", 40.9, 45.1, -111.1, -104.0 },
};

constexpr RegionBox kCountries[] = {
    { "Canada", 41.6, 83.2, -141.1, -52.6 },
    { "United States", 17.5, 71.5, 172.4, -64.5 }, // with Alaska, Hawaii and Puerto Rico
    { "Mexico", 14.5, 32.8, -118.5, -86.7 },
    { "Greenland", 59.7, 83.7, -73.3, -11.3 },
    { "France", 41.3, 51.1, -5.2, 9.6 }, // metropolitan
    { "United Kingdom", 49.8, 60.9, -8.7, 1.8 },
    { "Germany", 47.2, 55.1, 5.8, 15.1 },
    { "Switzerland", 45.8, 47.9, 5.9, 10.5 },
    { "Belgium", 49.5, 51.6, 2.5, 6.5 },
    { "Italy", 35.4, 47.1, 6.6, 18.6 },
    { "Spain", 27.6, 43.8, -18.2, 4.4 }, // with the Canaries and the Balearics
    { "Russia", 41.1, 81.9, 19.6, -169.0 },
    { "China", 18.1, 53.6, 73.4, 134.8 },
    { "Japan", 20.4, 45.6, 122.9, 154.0 },
    { "Australia", -55.2, -9.1, 112.9, 159.3 },
};

template<size_t N> std::optional<RegionBox> byName(const RegionBox (&table)[N], const QString &name)
{
    for (const RegionBox &box : table) {
        if (name == QLatin1String(box.name))
            return box;
    }
    return std::nullopt;
}

// The match is the whole value, give or take a full stop or blanks.
bool coversValue(const PlaceNames::Match &match, const QString &value)
{
    return match.position <= 1 && match.length + 2 >= value.trimmed().size();
}

} // namespace

bool RegionBox::contains(double latitude, double longitude, double margin) const
{
    if (latitude < south - margin || latitude > north + margin)
        return false;
    if (west <= east)
        return longitude >= west - margin && longitude <= east + margin;
    return longitude >= west - margin || longitude <= east + margin; // across 180°
}

std::optional<RegionBox> stateProvinceBox(const QString &value)
{
    const auto match = PlaceNames::findStateProvince(value.trimmed());
    if (!match || !coversValue(*match, value))
        return std::nullopt;
    return byName(kStatesProvinces, match->name);
}

std::optional<RegionBox> countryBox(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.size() == 2 && trimmed == trimmed.toUpper()) {
        const QString name = PlaceNames::countryName(trimmed);
        return name.isEmpty() ? std::nullopt : byName(kCountries, name);
    }
    const auto match = PlaceNames::findCountry(trimmed);
    if (!match || !coversValue(*match, value))
        return std::nullopt;
    return byName(kCountries, match->name);
}

bool isPlaceName(const QString &value)
{
    const QString trimmed = value.trimmed();
    if (const auto match = PlaceNames::findCountry(trimmed); match && coversValue(*match, trimmed))
        return true;
    const auto match = PlaceNames::findStateProvince(trimmed);
    return match && coversValue(*match, trimmed);
}

} // namespace herb
