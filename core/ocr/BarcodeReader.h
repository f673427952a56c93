#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

// ZBar's C API lives in namespace zbar when compiled as C++.
namespace zbar {
struct zbar_image_scanner_s;
}

namespace herb {

struct Barcode
{
    QString data; // the decoded text (ZBar returns UTF-8 for 2-D codes, ASCII for 1-D)
    QString symbology; // ZBar's name: "CODE-128", "CODE-39", "EAN-13", "QR-Code", ...
    QRect bounds; // the points ZBar located the symbol at, in image coordinates
    int quality = 0; // ZBar's relative quality: for 1-D codes the number of scan lines that read it
};

// Reads 1-D and 2-D barcodes (catalogue numbers) with ZBar, every symbology ZBar knows.
//
// NOT thread-safe: ZBar's scanner keeps state between images; one instance per worker thread.
class BarcodeReader
{
public:
    BarcodeReader();
    ~BarcodeReader();
    BarcodeReader(const BarcodeReader &) = delete;
    BarcodeReader &operator=(const BarcodeReader &) = delete;

    // Every symbol found, in ZBar's order; empty when there is none or the image is null.
    QList<Barcode> read(const QImage &image);

    // Scan every n-th row and column instead of all of them (ZBar's X/Y density; 1 = every
    // line, the default). A catalogue barcode is tens of lines high, so 2 still crosses it
    // many times and halves the scan (0.25 s -> 0.14 s on a 1200x1800 sheet).
    void setScanDensity(int everyNthLine);
    // EAN-2 and EAN-5 are add-ons printed beside an EAN-13 or UPC, never a catalogue number
    // alone; read alone, ZBar finds them in plant stems and ruler ticks (real AAFC sheets gave
    // "24" and "63" at density 2). On by default, with every other symbology.
    void setEanAddOnsEnabled(bool enabled);

private:
    zbar::zbar_image_scanner_s *m_scanner = nullptr;
};

} // namespace herb
