#include "SampleSheet.h"

namespace herb {

int SampleSheet::exifOrientationValue() const
{
    if (!exifOrientation)
        return 0;
    // Pixels turned 270° clockwise need a 90° clockwise turn to view (6), and the reverse (8).
    if (storedRotation == 270)
        return 6;
    if (storedRotation == 90)
        return 8;
    return 1;
}

} // namespace herb
