#include "BarcodeCheck.h"

#include "TrustText.h"
#include "dwc/DwcRecord.h"

#include <QJsonArray>

namespace herb {

QStringList BarcodeCheck::barcodesOf(const SpecimenRecord &record)
{
    QStringList out;
    for (const QJsonValue &value : record.record.extra.value(QLatin1String("barcodes")).toArray()) {
        const QString data = value.isObject()
            ? value.toObject().value(QLatin1String("data")).toString()
            : value.toString();
        if (!data.trimmed().isEmpty())
            out.append(data.trimmed());
    }
    return out;
}

std::optional<bool> BarcodeCheck::mismatch(const SpecimenRecord &record, QStringList *barcodes)
{
    *barcodes = barcodesOf(record);
    const QString catalog = record.record.dwc.value(QStringLiteral("catalogNumber"));
    if (barcodes->isEmpty() || isEmptyValue(catalog) || compactKey(catalog).isEmpty())
        return std::nullopt;
    for (const QString &barcode : std::as_const(*barcodes)) {
        if (compactKey(barcode) == compactKey(catalog))
            return false;
    }
    return true;
}

void BarcodeCheck::inspect(const SpecimenRecord &record, TrustFindings &findings)
{
    QStringList barcodes;
    const std::optional<bool> differs = mismatch(record, &barcodes);
    if (!differs)
        return;
    const QString catalog = record.record.dwc.value(QStringLiteral("catalogNumber"));
    const QString shown
        = QStringLiteral("%1 (barcode %2)").arg(catalog, barcodes.join(QStringLiteral(", ")));
    if (*differs)
        findings.flag(QStringLiteral("barcode_mismatch:catalogNumber"), shown);
    const WarningEvidence evidence { record.specimenId, QStringLiteral("catalogNumber"),
                                     shortValue(shown) };
    if (!m_window.push(*differs, evidence))
        return;
    findings.warnings.append(windowWarning(
        WarningReason::BarcodeMismatch, m_window,
        QStringLiteral("%1 of the last %2 records with a barcode give another catalogue number "
                       "than the barcode (%3 %4 in %5): the model may be misreading the sheets or "
                       "answering for other sheets.")
            .arg(m_window.count())
            .arg(m_window.size())
            .arg(QStringLiteral("catalogNumber"), shown, record.specimenId)));
}

void BarcodeCheck::seed(const SpecimenRecord &record)
{
    QStringList barcodes;
    if (const std::optional<bool> differs = mismatch(record, &barcodes))
        m_window.seed(*differs,
                      { record.specimenId, QStringLiteral("catalogNumber"),
                        shortValue(record.record.dwc.value(QStringLiteral("catalogNumber"))) });
}

} // namespace herb
