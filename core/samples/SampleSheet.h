#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace herb {

// Everything about one synthetic specimen sheet that is decided before drawing: the Darwin
// Core values a perfect transcription would give (truth), the label text as printed, and how
// the file is stored. SampleSheetGenerator::describe() makes one; render() draws it.
struct SampleSheet
{
    enum class CatalogMark
    {
        LabelLine, // printed as the last line of the label
        Stamp, // inked at the top of the sheet
        Barcode // a Code 128 barcode at the top, number printed beneath
    };

    int index = 0;
    QString fileName; // sample_0001.jpg; also the specimen id in truth.csv
    QMap<QString, QString> truth; // DwC term -> value, as TDWG spells the terms

    QString header; // institutional header, context only (not a DwC value)
    QStringList labelLines; // the printed label, one entry per printed paragraph
    QString fontFamily;
    int fontPixelSize = 24;
    bool italicName = false;
    double labelAngle = 0.0; // degrees, clockwise

    CatalogMark catalogMark = CatalogMark::LabelLine;
    // Clockwise degrees the upright sheet was turned to give the stored pixels: 0, 90 or 270.
    int storedRotation = 0;
    bool exifOrientation = false; // an EXIF tag turns the stored pixels upright again

    bool hasBarcode() const { return catalogMark == CatalogMark::Barcode; }
    bool hasStamp() const { return catalogMark == CatalogMark::Stamp; }
    // The EXIF Orientation value written for this sheet, or 0 for none.
    int exifOrientationValue() const;
};

} // namespace herb
