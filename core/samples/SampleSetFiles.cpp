#include "SampleSetFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herb {

const QStringList &SampleSetFiles::truthColumns()
{
    static const QStringList columns = {
        QStringLiteral("specimen_id"),       QStringLiteral("catalogNumber"),
        QStringLiteral("scientificName"),    QStringLiteral("recordedBy"),
        QStringLiteral("recordNumber"),      QStringLiteral("eventDate"),
        QStringLiteral("verbatimEventDate"), QStringLiteral("country"),
        QStringLiteral("stateProvince"),     QStringLiteral("locality"),
        QStringLiteral("habitat"),           QStringLiteral("decimalLatitude"),
        QStringLiteral("decimalLongitude"),
    };
    return columns;
}

QString SampleSetFiles::csvField(const QString &value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray SampleSetFiles::truthCsv(const QList<SampleSheet> &sheets)
{
    const QStringList &columns = truthColumns();
    QString text = columns.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const SampleSheet &sheet : sheets) {
        QStringList row;
        row.reserve(columns.size());
        row.append(csvField(sheet.fileName));
        for (qsizetype c = 1; c < columns.size(); ++c)
            row.append(csvField(sheet.truth.value(columns[c])));
        text += row.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return text.toUtf8();
}

QByteArray SampleSetFiles::manifest(quint64 seed, const QList<SampleSheet> &sheets)
{
    QJsonArray list;
    for (const SampleSheet &sheet : sheets) {
        list.append(QJsonObject {
            { QStringLiteral("file"), sheet.fileName },
            { QStringLiteral("storedRotation"), sheet.storedRotation },
            { QStringLiteral("exifOrientation"), sheet.exifOrientation },
            { QStringLiteral("barcode"), sheet.hasBarcode() },
            { QStringLiteral("stamp"), sheet.hasStamp() },
            { QStringLiteral("fontFamily"), sheet.fontFamily },
            { QStringLiteral("fontPixelSize"), sheet.fontPixelSize },
        });
    }
    const QJsonObject root {
        { QStringLiteral("seed"), QString::number(seed) },
        { QStringLiteral("count"), int(sheets.size()) },
        { QStringLiteral("sheets"), list },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace herb
