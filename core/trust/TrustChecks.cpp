#include "TrustChecks.h"

#include "BarcodeCheck.h"
#include "ImplausibleValuesCheck.h"
#include "PromptLeakCheck.h"
#include "RepeatedValuesCheck.h"
#include "run/RecordStore.h"

#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace herb {

TrustChecks::TrustChecks(const TrustSettings &settings, const QString &promptText)
{
    if (settings.runs(TrustSettings::kPromptCheck) && !promptText.trimmed().isEmpty())
        m_checks.push_back(std::make_unique<PromptLeakCheck>(promptText));
    if (settings.runs(TrustSettings::kRepeatsCheck))
        m_checks.push_back(std::make_unique<RepeatedValuesCheck>());
    if (settings.runs(TrustSettings::kBarcodeCheck))
        m_checks.push_back(std::make_unique<BarcodeCheck>());
    if (settings.runs(TrustSettings::kPlausibilityCheck))
        m_checks.push_back(std::make_unique<ImplausibleValuesCheck>());
}

TrustChecks::~TrustChecks() = default;

void TrustChecks::seed(const QList<SpecimenRecord> &records)
{
    QList<const SpecimenRecord *> successes;
    for (const SpecimenRecord &record : records) {
        if (record.success)
            successes.append(&record);
    }
    for (const auto &check : m_checks) {
        const int depth = check->seedDepth();
        const qsizetype from = depth < 0 ? 0 : qMax<qsizetype>(0, successes.size() - depth);
        for (qsizetype i = from; i < successes.size(); ++i)
            check->seed(*successes.at(i));
    }
}

TrustFindings TrustChecks::inspect(SpecimenRecord &record)
{
    TrustFindings findings;
    if (!record.success)
        return findings;
    for (const auto &check : m_checks)
        check->inspect(record, findings);
    record.flags = findings.flagNames();
    return findings;
}

bool TrustChecks::flagEarlier(RecordStore &store, const TrustFindings &findings,
                              QString *error) const
{
    for (auto it = findings.earlierFlags.cbegin(); it != findings.earlierFlags.cend(); ++it) {
        const auto found = store.finalRecords().constFind(it.key());
        if (found == store.finalRecords().cend())
            continue;
        SpecimenRecord amended = *found;
        for (const QString &flag : it.value()) {
            if (!amended.flags.contains(flag))
                amended.flags.append(flag);
        }
        if (amended.flags == found->flags)
            continue;
        if (!store.append(amended, error))
            return false;
    }
    return true;
}

QJsonObject TrustChecks::countFlags(const QHash<QString, SpecimenRecord> &finalRecords)
{
    qint64 flagged = 0;
    QMap<QString, qint64> byFlag;
    for (const SpecimenRecord &record : finalRecords) {
        if (record.flags.isEmpty())
            continue;
        ++flagged;
        for (const QString &flag : record.flags)
            ++byFlag[flag];
    }
    QJsonObject counts;
    for (auto it = byFlag.cbegin(); it != byFlag.cend(); ++it)
        counts.insert(it.key(), it.value());
    return { { QStringLiteral("flagged_records"), flagged },
             { QStringLiteral("by_flag"), counts } };
}

QList<SpecimenRecord>
TrustChecks::inWrittenOrder(const QHash<QString, SpecimenRecord> &finalRecords)
{
    QList<SpecimenRecord> records = finalRecords.values();
    std::sort(records.begin(), records.end(), [](const SpecimenRecord &a, const SpecimenRecord &b) {
        return a.timestampMs != b.timestampMs ? a.timestampMs < b.timestampMs
                                              : a.specimenId < b.specimenId;
    });
    return records;
}

} // namespace herb
