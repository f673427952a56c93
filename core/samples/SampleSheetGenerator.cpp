#include "SampleSheetGenerator.h"

#include "JpegExifOrientation.h"
#include "SampleBarcode.h"
#include "SampleFonts.h"
#include "SampleLabelPainter.h"
#include "SamplePlantPainter.h"
#include "SampleSetFiles.h"
#include "SampleTables.h"
#include "dwc/AtomicFileWriter.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>

#include <array>

namespace herb {

namespace {

constexpr quint32 kDescribe = 1;
constexpr quint32 kRender = 2;

template<typename T> const T &pick(const QList<T> &list, QRandomGenerator &rng)
{
    return list.at(qsizetype(rng.bounded(quint32(list.size()))));
}

double uniform(QRandomGenerator &rng, double low, double high)
{
    return low + rng.generateDouble() * (high - low);
}

QString verbatimDate(const QDate &date, int form)
{
    static const char *const roman[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    const QLocale c = QLocale::c();
    switch (form) {
    case 0:
        return c.toString(date, QStringLiteral("d MMMM yyyy"));
    case 1: // "Aug. 14, 1969"; May is short enough to need no full stop
        return date.month() == 5 ? c.toString(date, QStringLiteral("MMM d, yyyy"))
                                 : c.toString(date, QStringLiteral("MMM. d, yyyy"));
    case 2:
        return QStringLiteral("%1.%2.%3")
            .arg(date.day())
            .arg(QLatin1String(roman[date.month() - 1]))
            .arg(date.year());
    default:
        return date.toString(Qt::ISODate);
    }
}

// Hundredths of a degree whose last digit is not zero, so "50.30" and "50.3" never differ
// between the label and a transcription.
int hundredths(double degrees, QRandomGenerator &rng)
{
    int h = qRound(degrees * 100.0) + int(rng.bounded(17)) - 8;
    if (h % 10 == 0)
        h += 1;
    return h;
}

QString degrees(int hundredthsValue)
{
    return QString::number(hundredthsValue / 100.0, 'f', 2);
}

// A light [1 2 1] blur in both directions: printed text and bars lose their perfectly
// sharp edges, as they do through a camera lens.
void soften(QImage *image)
{
    const int w = image->width();
    const int h = image->height();
    const QImage src = image->copy();
    for (int y = 0; y < h; ++y) {
        const QRgb *up = reinterpret_cast<const QRgb *>(src.constScanLine(qMax(0, y - 1)));
        const QRgb *mid = reinterpret_cast<const QRgb *>(src.constScanLine(y));
        const QRgb *down = reinterpret_cast<const QRgb *>(src.constScanLine(qMin(h - 1, y + 1)));
        QRgb *out = reinterpret_cast<QRgb *>(image->scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int l = qMax(0, x - 1);
            const int r = qMin(w - 1, x + 1);
            const auto channel = [&](int (*get)(QRgb)) {
                return (4 * get(mid[x]) + get(mid[l]) + get(mid[r]) + get(up[x]) + get(down[x]))
                    / 8;
            };
            out[x] = qRgb(channel(qRed), channel(qGreen), channel(qBlue));
        }
    }
}

void addPaperNoise(QImage *image, QRandomGenerator &rng)
{
    for (int y = 0; y < image->height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image->scanLine(y));
        for (int x = 0; x < image->width(); ++x) {
            const int n = int(rng.bounded(11)) - 5;
            line[x] = qRgb(qBound(0, qRed(line[x]) + n, 255), qBound(0, qGreen(line[x]) + n, 255),
                           qBound(0, qBlue(line[x]) + n, 255));
        }
    }
}

} // namespace

SampleSheetGenerator::SampleSheetGenerator(quint64 seed)
    : m_seed(seed)
{ }

QRandomGenerator SampleSheetGenerator::stream(int index, quint32 purpose) const
{
    const std::array<quint32, 4> words
        = { quint32(m_seed), quint32(m_seed >> 32), quint32(index), purpose };
    return QRandomGenerator(words.data(), qsizetype(words.size()));
}

SampleSheet SampleSheetGenerator::describe(int index) const
{
    QRandomGenerator rng = stream(index, kDescribe);
    SampleSheet s;
    s.index = index;
    s.fileName = QStringLiteral("sample_%1.jpg").arg(index + 1, 4, 10, QLatin1Char('0'));

    const SampleTables::Herbarium &herbarium = pick(SampleTables::herbaria(), rng);
    const SampleTables::Place &place = pick(SampleTables::places(), rng);
    const QString catalog = QStringLiteral("%1 %2")
                                .arg(herbarium.code)
                                .arg(1 + rng.bounded(999998), 6, 10, QLatin1Char('0'));
    const QString headerForm = pick(herbarium.headers, rng);
    s.header = headerForm.contains(QLatin1String("%1"))
        ? headerForm.arg(place.stateProvince.toUpper())
        : headerForm;

    const QString name = pick(SampleTables::scientificNames(), rng);
    const QString collector = pick(SampleTables::collectors(), rng);
    const QString number = QString::number(1 + rng.bounded(4999));
    const QString habitat = pick(SampleTables::habitats(), rng);
    // Collecting happens in the growing season, April to October.
    QDate date(1950 + int(rng.bounded(71)), 4 + int(rng.bounded(7)), 1);
    date = date.addDays(rng.bounded(date.daysInMonth()));
    const QString verbatim = verbatimDate(date, int(rng.bounded(4)));

    s.truth.insert(QStringLiteral("catalogNumber"), catalog);
    s.truth.insert(QStringLiteral("scientificName"), name);
    s.truth.insert(QStringLiteral("recordedBy"), collector);
    s.truth.insert(QStringLiteral("recordNumber"), number);
    s.truth.insert(QStringLiteral("eventDate"), date.toString(Qt::ISODate));
    s.truth.insert(QStringLiteral("verbatimEventDate"), verbatim);
    s.truth.insert(QStringLiteral("country"), QStringLiteral("Canada"));
    s.truth.insert(QStringLiteral("stateProvince"), place.stateProvince);
    s.truth.insert(QStringLiteral("locality"), place.locality);
    s.truth.insert(QStringLiteral("habitat"), habitat);

    const bool longCues = rng.bounded(2) == 0;
    s.labelLines.append(name);
    s.labelLines.append(rng.bounded(2) == 0 ? place.stateProvince + QStringLiteral(", Canada")
                                            : QStringLiteral("Canada, ") + place.stateProvince);
    s.labelLines.append((longCues ? QStringLiteral("Locality: ") : QStringLiteral("Loc.: "))
                        + place.locality);
    s.labelLines.append((longCues ? QStringLiteral("Habitat: ") : QStringLiteral("Hab.: "))
                        + habitat);
    if (rng.bounded(2) == 0) {
        const int lat = hundredths(place.latitude, rng);
        const int lon = hundredths(-place.longitude, rng);
        s.truth.insert(QStringLiteral("decimalLatitude"), degrees(lat));
        s.truth.insert(QStringLiteral("decimalLongitude"), degrees(-lon));
        s.labelLines.append(
            QStringLiteral("Lat. %1 N  Long. %2 W").arg(degrees(lat), degrees(lon)));
    }
    const QString dateLine = QStringLiteral("Date: ") + verbatim;
    const QString collLine = (longCues ? QStringLiteral("Collector: ") : QStringLiteral("Coll.: "))
        + collector + QStringLiteral("   No. ") + number;
    const bool dateFirst = rng.bounded(2) == 0;
    s.labelLines.append(dateFirst ? dateLine : collLine);
    s.labelLines.append(dateFirst ? collLine : dateLine);

    s.fontFamily = pick(SampleTables::fontFamilies(), rng);
    s.fontPixelSize = 22 + int(rng.bounded(9));
    s.italicName = rng.bounded(2) == 0;
    s.labelAngle = uniform(rng, -2.0, 2.0);

    const quint32 mark = rng.bounded(10);
    s.catalogMark = mark < 3 ? SampleSheet::CatalogMark::Barcode
        : mark < 6           ? SampleSheet::CatalogMark::Stamp
                             : SampleSheet::CatalogMark::LabelLine;
    if (s.catalogMark == SampleSheet::CatalogMark::LabelLine)
        s.labelLines.append(catalog);

    const quint32 storage = rng.bounded(20);
    if (storage < 6) {
        s.storedRotation = rng.bounded(2) == 0 ? 90 : 270;
        s.exifOrientation = storage < 3;
    }
    return s;
}

QImage SampleSheetGenerator::render(const SampleSheet &sheet) const
{
    QRandomGenerator rng = stream(sheet.index, kRender);
    QImage image(sheetSize, QImage::Format_RGB32);
    image.fill(
        QColor(240 + int(rng.bounded(8)), 233 + int(rng.bounded(8)), 214 + int(rng.bounded(10))));

    const QImage label = SampleLabelPainter::render(sheet, 640 + int(rng.bounded(60)));
    const QPointF labelCentre(sheetSize.width() - label.width() / 2.0 - uniform(rng, 35, 70),
                              sheetSize.height() - label.height() / 2.0 - uniform(rng, 35, 70));
    const double labelTop = labelCentre.y() - label.height() / 2.0;
    const QString catalog = sheet.truth.value(QStringLiteral("catalogNumber"));

    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    SamplePlantPainter plant(painter, rng);
    plant.paint(QRectF(70, 230, sheetSize.width() - 140, qMax(400.0, labelTop - 260)));

    if (sheet.hasStamp()) {
        QFont stampFont(SampleFonts::monospace(QStringLiteral("Nimbus Mono PS")));
        stampFont.setBold(true);
        stampFont.setPixelSize(36);
        painter.save();
        painter.translate(uniform(rng, 700, 820), uniform(rng, 80, 130));
        painter.rotate(uniform(rng, -3, 3));
        painter.setFont(stampFont);
        painter.setPen(QColor(60, 40, 105));
        painter.drawText(QPointF(0, 0), catalog);
        painter.restore();
    } else if (sheet.hasBarcode()) {
        // Module width 3 px and no rotation: what a barcode reader needs on a 1200 px sheet.
        const QImage barcode
            = SampleBarcode::render(catalog, 3, 90, QStringLiteral("DejaVu Sans Mono"), 24);
        painter.drawImage(QPointF(uniform(rng, 60, 200), uniform(rng, 40, 90)), barcode);
    }

    painter.save();
    painter.translate(labelCentre);
    painter.rotate(sheet.labelAngle);
    painter.drawImage(QPointF(-label.width() / 2.0, -label.height() / 2.0), label);
    painter.restore();
    painter.end();

    soften(&image);
    addPaperNoise(&image, rng);
    return image;
}

QImage SampleSheetGenerator::stored(const SampleSheet &sheet, const QImage &upright)
{
    if (sheet.storedRotation == 0)
        return upright;
    return upright.transformed(QTransform().rotate(sheet.storedRotation));
}

QByteArray SampleSheetGenerator::encode(const SampleSheet &sheet, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    if (!writer.write(stored(sheet, render(sheet)))) {
        if (error)
            *error = QStringLiteral("cannot encode %1 as JPEG: %2")
                         .arg(sheet.fileName, writer.errorString());
        return {};
    }
    buffer.close();
    if (!sheet.exifOrientation)
        return bytes;
    const QByteArray tagged = JpegExifOrientation::insert(bytes, sheet.exifOrientationValue());
    if (tagged.isEmpty() && error)
        *error = QStringLiteral("cannot add an EXIF orientation to %1").arg(sheet.fileName);
    return tagged;
}

bool SampleSheetGenerator::writeSet(const QString &dir, int count, QString *error,
                                    int *written) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (written)
        *written = 0;
    if (count < 1)
        return fail(QStringLiteral("the number of samples must be at least 1 (got %1)").arg(count));
    const QFileInfo folder(dir);
    if (folder.exists() && !folder.isDir())
        return fail(QStringLiteral("%1 exists and is not a folder").arg(dir));
    if (!folder.exists() && !QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create the folder %1").arg(dir));
    if (!QFileInfo(dir).isWritable())
        return fail(QStringLiteral("the folder %1 is not writable").arg(dir));

    const QDir target(dir);
    QList<SampleSheet> sheets;
    for (int i = 0; i < count; ++i) {
        SampleSheet sheet = describe(i);
        QString why;
        const QByteArray jpeg = encode(sheet, &why);
        if (jpeg.isEmpty())
            return fail(why);
        if (!writeFileAtomically(target.filePath(sheet.fileName), jpeg, &why))
            return fail(why);
        sheets.append(std::move(sheet));
        if (written)
            *written = i + 1;
    }
    QString why;
    if (!writeFileAtomically(target.filePath(QStringLiteral("truth.csv")),
                             SampleSetFiles::truthCsv(sheets), &why)
        || !writeFileAtomically(target.filePath(QStringLiteral("samples.json")),
                                SampleSetFiles::manifest(m_seed, sheets), &why))
        return fail(why);
    return true;
}

} // namespace herb
