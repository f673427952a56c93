#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace herb {

// A Code 128 barcode in code set B (printable ASCII 32..126), drawn the way herbarium
// barcode labels are printed: bars with a quiet zone of ten modules on each side and the
// human-readable number underneath. Synthetic sample sheets carry these so the barcode reader
// (ZBar, an independent implementation) has something real to decode. The encoding itself is
// core/samples/Code128's.
class SampleBarcode
{
public:
    // The widths of bar, space, bar, ... in modules for every symbol: start B, the data,
    // the checksum and the stop pattern. Empty when `text` holds a character outside set B.
    static QList<int> moduleWidths(const QString &text);
    // The Code 128 checksum value (0..102) for `text` in set B; -1 when it cannot be encoded.
    static int checksum(const QString &text);
    // The pattern of one symbol value (0..106) as widths, e.g. "212222" for value 0.
    static QString pattern(int value);

    // Bars `barHeight` px tall with `moduleWidth` px per module (at least 1), quiet zones,
    // and the text below in `captionPixelSize` px (0 for none). A null image when `text`
    // cannot be encoded.
    static QImage render(const QString &text, int moduleWidth, int barHeight,
                         const QString &fontFamily = QString(), int captionPixelSize = 0);

    static constexpr int quietZoneModules = 10;
};

} // namespace herb
