#pragma once

#include <QImage>
#include <QRect>
#include <QSizeF>

namespace herb {

// Where a block of printed text most likely lies in a grey image, without OCR: the window of a
// given size holding the most glyph-like ink, counted on a half-size copy. Ink counts when it
// lies in short runs both along its row and its column, as a glyph's strokes do; a colour
// chart's patches, a ruler's ticks, stems and leaves run longer at least one way. Used to show
// Tesseract only a sheet's label when all that is asked is which way the sheet reads.
class TextBlockFinder
{
public:
    // The window (fraction of the image's width and height, each in (0, 1]) with the most
    // glyph-like ink, in `grey`'s coordinates; null when the image is null or shows none.
    static QRect densest(const QImage &grey, const QSizeF &fraction);
};

} // namespace herb
