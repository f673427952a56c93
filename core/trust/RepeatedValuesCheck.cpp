#include "RepeatedValuesCheck.h"

#include "TrustText.h"
#include "dwc/DwcRecord.h"
#include "dwc/DwcTerms.h"

#include <QCryptographicHash>

#include <cstring>
#include <utility>

namespace herb {

namespace {

const QString kCatalogFlag = QStringLiteral("repeated_value:catalogNumber");
const QString kPairFlag = QStringLiteral("repeated_value:recordedBy+recordNumber");
const QString kIdenticalFlag = QStringLiteral("identical_record");

QString valueOf(const SpecimenRecord &record, const QString &term)
{
    const QString value = record.record.dwc.value(term);
    return isEmptyValue(value) ? QString() : value;
}

// The core fields folded, one after the other; empty when fewer than 3 have a value.
QString coreSignature(const SpecimenRecord &record)
{
    QString signature;
    int filled = 0;
    for (const QString &term : DwcTerms::coreFieldTerms()) {
        const QString value = foldForMatch(valueOf(record, term));
        filled += value.isEmpty() ? 0 : 1;
        signature += value + QChar(0x1f);
    }
    return filled >= 3 ? signature : QString();
}

} // namespace

RepeatedValuesCheck::Fingerprint RepeatedValuesCheck::fingerprintOf(const QString &text)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
        QCryptographicHash::Md5);
    Fingerprint out;
    std::memcpy(&out.high, digest.constData(), 8);
    std::memcpy(&out.low, digest.constData() + 8, 8);
    return out;
}

RepeatedValuesCheck::Fingerprint RepeatedValuesCheck::imageOf(const SpecimenRecord &record)
{
    return fingerprintOf(record.sha256.isEmpty() ? record.specimenId : record.sha256);
}

QList<RepeatedValuesCheck::Seen *> RepeatedValuesCheck::others(QList<Seen> &seen, int specimen,
                                                               const Fingerprint &image)
{
    QList<Seen *> out;
    QSet<Fingerprint> images;
    for (Seen &s : seen) {
        if (s.specimen != specimen && s.image != image && !images.contains(s.image)) {
            images.insert(s.image);
            out.append(&s);
        }
    }
    return out;
}

void RepeatedValuesCheck::forget(Index &index, const Fingerprint &key, int specimen)
{
    auto it = index.find(key);
    if (it == index.end())
        return;
    it->removeIf([&](const Seen &s) { return s.specimen == specimen; });
    if (it->isEmpty())
        index.erase(it);
}

int RepeatedValuesCheck::specimenNumber(const QString &specimenId)
{
    if (const auto found = m_numberOf.constFind(specimenId); found != m_numberOf.cend())
        return *found;
    const int number = int(m_ids.size());
    m_numberOf.insert(specimenId, number);
    m_ids.append(specimenId);
    m_filed.emplace_back();
    return number;
}

void RepeatedValuesCheck::record(const SpecimenRecord &record, TrustFindings *findings)
{
    const Fingerprint image = imageOf(record);
    const int specimen = specimenNumber(record.specimenId);
    // A record retried on a resume replaces its earlier values.
    Filed &filed = m_filed[size_t(specimen)];
    if (filed.value)
        forget(m_values, *std::exchange(filed.value, std::nullopt), specimen);
    if (filed.record)
        forget(m_records, *std::exchange(filed.record, std::nullopt), specimen);

    // catalogNumber, or collector and number when there is none.
    const QString catalog = valueOf(record, QStringLiteral("catalogNumber"));
    const QString collector = valueOf(record, QStringLiteral("recordedBy"));
    const QString number = valueOf(record, QStringLiteral("recordNumber"));
    QString key, flag, field, shown;
    if (!compactKey(catalog).isEmpty()) {
        key = QStringLiteral("c:") + compactKey(catalog);
        flag = kCatalogFlag;
        field = QStringLiteral("catalogNumber");
        shown = catalog;
    } else if (!foldForMatch(collector).isEmpty() && !compactKey(number).isEmpty()) {
        key = QStringLiteral("p:") + foldForMatch(collector) + QChar(0x1f) + compactKey(number);
        flag = kPairFlag;
        field = QStringLiteral("recordedBy+recordNumber");
        shown = collector + QStringLiteral(" ") + number;
    }
    bool collision = false;
    if (!key.isEmpty()) {
        const Fingerprint keyPrint = fingerprintOf(key);
        QList<Seen> &seen = m_values[keyPrint];
        const QList<Seen *> earlier = others(seen, specimen, image);
        collision = !earlier.isEmpty();
        if (collision && findings)
            findings->flag(flag, shown);
        for (Seen *s : earlier) {
            if (!s->flagged && findings)
                findings->earlierFlags[m_ids.at(s->specimen)].append(flag);
            s->flagged = true;
        }
        seen.append({ specimen, image, collision });
        filed.value = keyPrint;
    }
    const WarningEvidence evidence { record.specimenId, field, shortValue(shown) };
    if (!findings) {
        m_window.seed(collision, evidence);
    } else if (m_window.push(collision, evidence)) {
        findings->warnings.append(windowWarning(
            WarningReason::RepeatedValues, m_window,
            QStringLiteral("%1 of the last %2 records repeat a catalogue number (or collector and "
                           "number) already read on another image, such as %3 \"%4\" in %5: the "
                           "model may be answering with other sheets' values.")
                .arg(m_window.count())
                .arg(m_window.size())
                .arg(field, evidence.value, record.specimenId)));
    }

    // Every core field the same.
    const QString signature = coreSignature(record);
    if (signature.isEmpty())
        return;
    const Fingerprint signaturePrint = fingerprintOf(signature);
    QList<Seen> &same = m_records[signaturePrint];
    const QList<Seen *> earlier = others(same, specimen, image);
    const bool identical = earlier.size() + 1 >= kIdenticalImages;
    QStringList earlierIds;
    for (Seen *s : earlier) {
        earlierIds.append(m_ids.at(s->specimen));
        if (identical && !s->flagged && findings)
            findings->earlierFlags[m_ids.at(s->specimen)].append(kIdenticalFlag);
        s->flagged = s->flagged || identical;
    }
    same.append({ specimen, image, identical }); // `earlier` points into `same`
    filed.record = signaturePrint;
    if (!identical || !findings)
        return;
    const QString summary
        = QStringLiteral("%1; %2").arg(valueOf(record, QStringLiteral("catalogNumber")),
                                       valueOf(record, QStringLiteral("scientificName")));
    findings->flag(kIdenticalFlag, summary);
    if (m_warnedRecords.contains(signaturePrint))
        return;
    m_warnedRecords.insert(signaturePrint);
    ValidationWarning warning;
    warning.reason = WarningReason::IdenticalRecords;
    warning.count = int(earlier.size()) + 1;
    warning.threshold = kIdenticalImages;
    for (const QString &id : std::as_const(earlierIds)) {
        if (warning.evidence.size() < 9)
            warning.evidence.append({ id, QStringLiteral("core fields"), shortValue(summary) });
    }
    warning.evidence.append(
        { record.specimenId, QStringLiteral("core fields"), shortValue(summary) });
    warning.message = QStringLiteral("%1 different images got the same record (every core field "
                                     "identical: %2), the last %3: the model may be answering "
                                     "one record whatever the sheet.")
                          .arg(warning.count)
                          .arg(shortValue(summary), record.specimenId);
    findings->warnings.append(warning);
}

void RepeatedValuesCheck::inspect(const SpecimenRecord &record, TrustFindings &findings)
{
    this->record(record, &findings);
}

void RepeatedValuesCheck::seed(const SpecimenRecord &record)
{
    this->record(record, nullptr);
}

} // namespace herb
