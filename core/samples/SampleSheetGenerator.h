#pragma once

#include "SampleSheet.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QRandomGenerator;

namespace herb {

// Synthetic but realistic herbarium specimen sheets with known Darwin Core values, for
// measuring the extraction engines (`herbstream samples DIR`). Everything follows from the
// seed: sheet i of seed S has the same values, the same pixels and the same file bytes on
// every run, so a benchmark over samples can be repeated by anyone with the seed.
//
// Needs a QGuiApplication (fonts); it works on the offscreen platform. The generator itself
// is immutable, so one instance may serve several threads.
class SampleSheetGenerator
{
public:
    explicit SampleSheetGenerator(quint64 seed);

    quint64 seed() const { return m_seed; }

    // Sheet `index` (0-based; its file is sample_<index + 1>.jpg): values, label text and
    // storage variant.
    SampleSheet describe(int index) const;
    // The sheet as it looks upright: paper, plant, label, stamp or barcode, noise.
    QImage render(const SampleSheet &sheet) const;
    // The pixels as stored: `upright` turned by sheet.storedRotation.
    static QImage stored(const SampleSheet &sheet, const QImage &upright);
    // The JPEG file of the sheet as written, with its EXIF orientation segment when it has
    // one. Empty, with *error set, if encoding fails.
    QByteArray encode(const SampleSheet &sheet, QString *error = nullptr) const;

    // Writes `count` sheets, truth.csv and samples.json into `dir` (created if missing;
    // existing sample files are replaced). Prints nothing: on failure *error says which file
    // or folder failed and why, and *written tells how many sheets were written before it.
    bool writeSet(const QString &dir, int count, QString *error = nullptr,
                  int *written = nullptr) const;

    static constexpr QSize sheetSize { 1200, 1800 };

private:
    // An independent stream per sheet and purpose, so that adding a random choice to the
    // drawing never changes the values of the sheet.
    QRandomGenerator stream(int index, quint32 purpose) const;

    quint64 m_seed;
};

} // namespace herb
