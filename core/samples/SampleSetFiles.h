#pragma once

#include "SampleSheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace herb {

// The text files beside a set of sample sheets: truth.csv with the Darwin Core values a
// perfect transcription gives (what `herbstream score` compares against), and samples.json,
// a manifest of how each sheet was made (seed, storage, barcode, font) for whoever wants to
// break accuracy down by variant.
class SampleSetFiles
{
public:
    // specimen_id, then the Darwin Core terms, as TDWG spells them.
    static const QStringList &truthColumns();
    // RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes
    // doubled; UTF-8 without a byte order mark. specimen_id is the file name.
    static QByteArray truthCsv(const QList<SampleSheet> &sheets);
    static QString csvField(const QString &value);
    // Indented JSON: {"seed", "count", "sheets": [{file, storedRotation, exifOrientation,
    // barcode, stamp, fontFamily, fontPixelSize}]}. The seed is a string, since JSON numbers
    // lose 64-bit integers in many readers.
    static QByteArray manifest(quint64 seed, const QList<SampleSheet> &sheets);
};

} // namespace herb
