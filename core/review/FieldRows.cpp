#include "FieldRows.h"

#include "ReviewedRecord.h"
#include "dwc/DwcTerms.h"
#include "run/SpecimenRecord.h"
#include "trust/BarcodeCheck.h"

#include <QSet>

#include <algorithm>

namespace herb {

QStringList verbatimTermsOf(const QString &term)
{
    if (term == QLatin1String("eventDate"))
        return { QStringLiteral("verbatimEventDate") };
    if (term == QLatin1String("decimalLatitude"))
        return { QStringLiteral("verbatimLatitude"), QStringLiteral("verbatimCoordinates") };
    if (term == QLatin1String("decimalLongitude"))
        return { QStringLiteral("verbatimLongitude"), QStringLiteral("verbatimCoordinates") };
    if (term == QLatin1String("minimumElevationInMeters")
        || term == QLatin1String("maximumElevationInMeters"))
        return { QStringLiteral("verbatimElevation") };
    if (term == QLatin1String("countryCode"))
        return { QStringLiteral("country") };
    return {};
}

QString flagCheck(const QString &flag)
{
    return flag.section(QLatin1Char(':'), 0, 0);
}

QStringList flagTerms(const QString &flag)
{
    return flag.section(QLatin1Char(':'), 1).split(QLatin1Char('+'), Qt::SkipEmptyParts);
}

namespace {

bool matchesBarcode(const SpecimenRecord &record, const QString &value)
{
    QStringList barcodes;
    // mismatch() is false exactly when a barcode on the sheet reads as the catalogNumber.
    return !value.isEmpty() && BarcodeCheck::mismatch(record, &barcodes) == false;
}

} // namespace

QList<FieldRow> fieldRowsOf(const SpecimenRecord &record, const ReviewedRecord &reviewed)
{
    QSet<QString> terms(reviewed.curatorFields);
    for (auto it = reviewed.dwc.cbegin(); it != reviewed.dwc.cend(); ++it)
        terms.insert(it.key());
    for (const QString &flag : record.flags) {
        for (const QString &term : flagTerms(flag))
            terms.insert(term);
    }

    const DwcTerms &dwcTerms = DwcTerms::occurrenceCore();
    QStringList ordered(terms.begin(), terms.end());
    std::sort(ordered.begin(), ordered.end(), [&dwcTerms](const QString &a, const QString &b) {
        const qsizetype ia = dwcTerms.indexOf(a);
        const qsizetype ib = dwcTerms.indexOf(b);
        if ((ia < 0) != (ib < 0))
            return ib < 0;
        return ia != ib ? ia < ib : a < b;
    });

    const bool offline = record.engine == QLatin1String("tesseract");
    QList<FieldRow> rows;
    rows.reserve(ordered.size());
    for (const QString &term : std::as_const(ordered)) {
        FieldRow row;
        row.term = term;
        row.value = reviewed.dwc.value(term);
        for (const QString &verbatimTerm : verbatimTermsOf(term)) {
            const QString verbatim = reviewed.dwc.value(verbatimTerm);
            if (!verbatim.isEmpty() && verbatim != row.value) {
                row.verbatim = verbatim;
                break;
            }
        }
        if (reviewed.curatorFields.contains(term)) {
            row.source = FieldSource::Curator;
            row.sourceDetail = reviewed.reviewers.join(QStringLiteral(", "));
        } else {
            const auto confidence = record.record.confidence.constFind(term);
            if (confidence != record.record.confidence.cend())
                row.confidence = *confidence;
            if (term == QLatin1String("catalogNumber") && matchesBarcode(record, row.value))
                row.source = FieldSource::Barcode;
            else
                row.source = offline ? FieldSource::Ocr : FieldSource::Model;
            row.sourceDetail = record.model;
        }
        for (const QString &flag : record.flags) {
            if (flagTerms(flag).contains(term))
                row.flags.append(flagCheck(flag));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace herb
