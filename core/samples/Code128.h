#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace herb {

// Code 128, code set B (printable ASCII 32..126), as catalogue-number barcodes on herbarium
// sheets use it. Used to draw barcodes on synthetic sheets and in tests of BarcodeReader.

// Module widths of the whole symbol, bar first, alternating bar/space: start B, the data, the
// modulo-103 check character and the stop pattern (which ends with its 2-module bar). No quiet
// zones. Empty when `text` is empty or holds a character outside code set B.
QList<int> code128Modules(const QString &text);

// The modulo-103 check value (0..102) of `text` in code set B; -1 when it cannot be encoded.
int code128Checksum(const QString &text);

// The pattern of one symbol value (0..106) as element widths, e.g. "212222" for value 0;
// empty outside that range.
QString code128Pattern(int value);

// The symbol drawn black on white with quiet zones of 10 modules on both sides, in
// Format_Grayscale8. Null when the text cannot be encoded or moduleWidth/height are not
// positive.
QImage renderCode128(const QString &text, int moduleWidth, int height);

} // namespace herb
