#pragma once

#include <QString>

namespace herb {

// How far a sheet must be turned to stand upright, as OrientationDetector or
// ReadingOrientation found it.
struct Orientation
{
    int rotateClockwiseDegrees = 0; // 0, 90, 180 or 270: the rotation that makes it upright
    double confidence = 0.0; // how far the answer beat the runner-up (detector-specific scale)
    QString script; // e.g. "Latin" (OSD only)
    bool reliable = false; // confidence reached the detector's threshold
    QString error; // empty on success; "not enough text" is an error, not a guess

    bool isOk() const { return error.isEmpty(); }
};

} // namespace herb
