#pragma once

#include <QIODevice>
#include <QString>

namespace herb {

// libjpeg decodes a truncated file "successfully", filling the missing rows with grey, and
// Qt's reader reports no error. This walks the marker structure of the first image in
// `device` (from its current position) up to its end-of-image marker, reading in chunks
// without decoding, and returns an empty string when the image is complete or the reason
// when it is not. Data after the end marker (trailers, appended pictures) is ignored.
QString jpegIncompleteReason(QIODevice &device);

} // namespace herb
