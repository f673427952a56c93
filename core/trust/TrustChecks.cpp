#include "TrustChecks.h"

#include "BarcodeCheck.h"
#include "ImplausibleValuesCheck.h"
#include "PromptLeakCheck.h"
#include "RepeatedValuesCheck.h"
#include "run/RecordStore.h"

#include <QJsonObject>
#include <QMap>

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

bool TrustChecks::seed(const RecordStore &store, QString *error)
{
    if (m_checks.empty())
        return true;
    const qsizetype total = store.finalSuccessCount();
    const auto firstSeeded = [total](const TrustCheck &check) {
        const int depth = check.seedDepth();
        return depth < 0 ? qsizetype(0) : qMax<qsizetype>(0, total - depth);
    };
    qsizetype skip = total;
    for (const auto &check : m_checks)
        skip = qMin(skip, firstSeeded(*check));
    qsizetype index = skip;
    return store.forEachFinalSuccess(
        skip,
        [&](const SpecimenRecord &record) {
            for (const auto &check : m_checks) {
                if (index >= firstSeeded(*check))
                    check->seed(record);
            }
            ++index;
        },
        error);
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
        const auto found = store.finalOutcomes().constFind(it.key());
        if (found == store.finalOutcomes().cend() || !found->success)
            continue;
        QStringList flags = found->flags;
        for (const QString &flag : it.value()) {
            if (!flags.contains(flag))
                flags.append(flag);
        }
        if (flags == found->flags)
            continue;
        std::optional<SpecimenRecord> amended = store.readRecord(*found, error);
        if (!amended)
            return false;
        amended->flags = flags;
        if (!store.append(*amended, error))
            return false;
    }
    return true;
}

namespace {

class FlagCounts
{
public:
    void add(const QStringList &flags)
    {
        if (flags.isEmpty())
            return;
        ++m_flagged;
        for (const QString &flag : flags)
            ++m_byFlag[flag];
    }

    QJsonObject toJson() const
    {
        QJsonObject counts;
        for (auto it = m_byFlag.cbegin(); it != m_byFlag.cend(); ++it)
            counts.insert(it.key(), it.value());
        return { { QStringLiteral("flagged_records"), m_flagged },
                 { QStringLiteral("by_flag"), counts } };
    }

private:
    qint64 m_flagged = 0;
    QMap<QString, qint64> m_byFlag;
};

} // namespace

QJsonObject TrustChecks::countFlags(const QHash<QString, SpecimenRecord> &finalRecords)
{
    FlagCounts counts;
    for (const SpecimenRecord &record : finalRecords)
        counts.add(record.flags);
    return counts.toJson();
}

QJsonObject TrustChecks::countFlags(const RecordStore &store)
{
    FlagCounts counts;
    for (const RecordStore::Outcome &outcome : store.finalOutcomes())
        counts.add(outcome.flags);
    return counts.toJson();
}

} // namespace herb
