#include "ocr/BarcodeReader.h"

#include "ocr/GreyImage.h"

#include <zbar.h>

#include <QPolygon>

#include <algorithm>

namespace herb {

using namespace zbar;

namespace {

// ZBar's four-character code for 8-bit luminance.
constexpr unsigned long kY800 = 'Y' | ('8' << 8) | ('0' << 16) | ('0' << 24);

QRect symbolBounds(const zbar_symbol_t *symbol)
{
    QPolygon points;
    const unsigned count = zbar_symbol_get_loc_size(symbol);
    for (unsigned i = 0; i < count; ++i)
        points << QPoint(zbar_symbol_get_loc_x(symbol, i), zbar_symbol_get_loc_y(symbol, i));
    return points.boundingRect();
}

} // namespace

BarcodeReader::BarcodeReader()
    : m_scanner(zbar_image_scanner_create())
{
    // Every symbology, including those ZBar leaves off by default.
    zbar_image_scanner_set_config(m_scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
}

BarcodeReader::~BarcodeReader()
{
    zbar_image_scanner_destroy(m_scanner);
}

void BarcodeReader::setScanDensity(int everyNthLine)
{
    const int density = std::max(1, everyNthLine);
    zbar_image_scanner_set_config(m_scanner, ZBAR_NONE, ZBAR_CFG_X_DENSITY, density);
    zbar_image_scanner_set_config(m_scanner, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, density);
}

void BarcodeReader::setEanAddOnsEnabled(bool enabled)
{
    zbar_image_scanner_set_config(m_scanner, ZBAR_EAN2, ZBAR_CFG_ENABLE, enabled ? 1 : 0);
    zbar_image_scanner_set_config(m_scanner, ZBAR_EAN5, ZBAR_CFG_ENABLE, enabled ? 1 : 0);
}

QList<Barcode> BarcodeReader::read(const QImage &image)
{
    QList<Barcode> barcodes;
    if (image.isNull() || !m_scanner)
        return barcodes;
    const QImage grey = GreyImage::prepare(image);
    // ZBar wants rows without padding; QImage pads them to 32 bits.
    const QByteArray bytes = GreyImage::tightBytes(grey);
    if (bytes.isEmpty())
        return barcodes;

    zbar_image_t *zimage = zbar_image_create();
    zbar_image_set_format(zimage, kY800);
    zbar_image_set_size(zimage, unsigned(grey.width()), unsigned(grey.height()));
    // No cleanup handler: `bytes` outlives the image, which is destroyed below.
    zbar_image_set_data(zimage, bytes.constData(), static_cast<unsigned long>(bytes.size()),
                        nullptr);
    const int found = zbar_scan_image(m_scanner, zimage);
    if (found > 0) {
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(zimage); symbol;
             symbol = zbar_symbol_next(symbol)) {
            Barcode barcode;
            barcode.data = QString::fromUtf8(zbar_symbol_get_data(symbol),
                                             qsizetype(zbar_symbol_get_data_length(symbol)));
            barcode.symbology
                = QString::fromLatin1(zbar_get_symbol_name(zbar_symbol_get_type(symbol)));
            barcode.bounds = symbolBounds(symbol);
            barcode.quality = zbar_symbol_get_quality(symbol);
            barcodes.append(barcode);
        }
    }
    zbar_image_destroy(zimage);
    return barcodes;
}

} // namespace herb
