#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace herb {

// Finds latitudes and longitudes in label text: decimal degrees ("50.28 N", "-107.8",
// "50.2833°N", "N 50.28") and degrees-minutes-seconds ("50°17'N", "107°48'30\"W", "50 17 00 N").
// Signs follow the hemisphere: S and W (and French O, ouest) are negative.
class CoordinateScanner
{
public:
    enum class Axis
    {
        Unknown,
        Latitude,
        Longitude
    };

    struct Coordinate
    {
        double degrees = 0.0; // signed decimal degrees
        Axis axis = Axis::Unknown; // from the hemisphere letter, when there is one
        bool hasHemisphere = false;
        bool hasSign = false; // written with a leading minus or plus
        bool hasDegreeMark = false; // a degree sign, or minutes and seconds
        qsizetype position = 0;
        QString verbatim;
    };

    // Every plausible coordinate in the text, in order. Values out of range (|lat| > 90,
    // |long| > 180, minutes or seconds >= 60) are dropped.
    static QList<Coordinate> scan(QStringView text);
};

} // namespace herb
