#pragma once

#include <QIODevice>
#include <QString>

namespace herb {

// libjpeg decodes a truncated file "successfully", filling the missing rows with grey, and
// Qt's reader reports no error. This walks the marker structure of the first image in
// `device` (from its current position) up to its end-of-image marker, reading in chunks
// without decoding, and returns an empty string when the image is complete or the reason
// when it is not. Data after the end marker (trailers, appended pictures) is ignored.
// A complete file whose frame header claims more pixels than its data could code (Huffman
// coding needs one bit per 8x8 block at least) is reported too: libjpeg would fill the
// missing rows with grey just the same.
QString jpegIncompleteReason(QIODevice &device);

} // namespace herb
