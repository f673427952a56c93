// libFuzzer target: the JPEG metadata readers written here rather than taken from Qt: the
// EXIF Orientation reader and the marker walk that finds truncated JPEGs before decoding.
#include "JpegCompleteness.h"
#include "JpegExifOrientation.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray jpeg(reinterpret_cast<const char *>(data), qsizetype(size));
    const int orientation = herb::JpegExifOrientation::read(jpeg);
    if (orientation < 0 || orientation > 8)
        std::abort();

    // A tag inserted into a file without one is what the reader finds first.
    const QByteArray tagged = herb::JpegExifOrientation::insert(jpeg, 6);
    if (!tagged.isEmpty() && herb::JpegExifOrientation::read(tagged) != 6)
        std::abort();

    QBuffer buffer;
    buffer.setData(jpeg);
    buffer.open(QIODevice::ReadOnly);
    (void)herb::jpegIncompleteReason(buffer);
    return 0;
}
