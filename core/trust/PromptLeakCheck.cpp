#include "PromptLeakCheck.h"

#include "RegionBoxes.h"
#include "TrustText.h"
#include "dwc/DwcRecord.h"

namespace herb {

namespace {

constexpr const char *kFlag = "value_from_prompt:";
constexpr int kMinLength = 4;

// Terms whose values real sheets share with a prompt's example by chance: names of taxa,
// people and places, and fixed vocabularies. They are flagged only beside an identifying value.
bool isSharedTerm(const QString &term)
{
    static const QSet<QString> shared {
        QStringLiteral("scientificName"),
        QStringLiteral("scientificNameAuthorship"),
        QStringLiteral("family"),
        QStringLiteral("genus"),
        QStringLiteral("specificEpithet"),
        QStringLiteral("infraspecificEpithet"),
        QStringLiteral("taxonRank"),
        QStringLiteral("kingdom"),
        QStringLiteral("phylum"),
        QStringLiteral("class"),
        QStringLiteral("order"),
        QStringLiteral("higherClassification"),
        QStringLiteral("vernacularName"),
        QStringLiteral("recordedBy"),
        QStringLiteral("identifiedBy"),
        QStringLiteral("country"),
        QStringLiteral("countryCode"),
        QStringLiteral("stateProvince"),
        QStringLiteral("county"),
        QStringLiteral("municipality"),
        QStringLiteral("continent"),
        QStringLiteral("higherGeography"),
        QStringLiteral("island"),
        QStringLiteral("islandGroup"),
        QStringLiteral("waterBody"),
        QStringLiteral("habitat"),
        QStringLiteral("basisOfRecord"),
        QStringLiteral("institutionCode"),
        QStringLiteral("collectionCode"),
        QStringLiteral("language"),
        QStringLiteral("license"),
        QStringLiteral("type"),
        QStringLiteral("occurrenceStatus"),
        QStringLiteral("preparations"),
    };
    return shared.contains(term);
}

// A value that tells one specimen from another: a digit (a number, a date) or several words.
bool isIdentifying(const QString &folded)
{
    for (const QChar c : folded) {
        if (c.isDigit())
            return true;
    }
    return folded.contains(QLatin1Char(' '));
}

} // namespace

PromptLeakCheck::PromptLeakCheck(const QString &promptText)
{
    const QString folded = foldForMatch(promptText);
    if (!folded.isEmpty())
        m_prompt = QLatin1Char(' ') + folded + QLatin1Char(' ');
}

QList<std::pair<QString, QString>> PromptLeakCheck::copiedValues(const SpecimenRecord &record) const
{
    QList<std::pair<QString, QString>> identifying;
    QList<std::pair<QString, QString>> shared;
    if (m_prompt.isEmpty())
        return {};
    for (auto it = record.record.dwc.cbegin(); it != record.record.dwc.cend(); ++it) {
        const QString &value = it.value();
        if (isEmptyValue(value))
            continue;
        const QString folded = foldForMatch(value);
        if (significantLength(folded) < kMinLength)
            continue;
        if (!m_prompt.contains(QLatin1Char(' ') + folded + QLatin1Char(' ')))
            continue;
        if (!isSharedTerm(it.key()) && isIdentifying(folded))
            identifying.append({ it.key(), value });
        else
            shared.append({ it.key(), value });
    }
    // Place names (matched by PlaceNames' regular expressions) are sorted out only when the
    // record looks copied: most records have none of their values in the prompt.
    const auto isPlace = [](const std::pair<QString, QString> &v) { return isPlaceName(v.second); };
    identifying.removeIf(isPlace);
    if (identifying.isEmpty())
        return {};
    shared.removeIf(isPlace);
    return identifying + shared;
}

void PromptLeakCheck::inspect(const SpecimenRecord &record, TrustFindings &findings)
{
    const auto copied = copiedValues(record);
    for (const auto &[term, value] : copied)
        findings.flag(QLatin1String(kFlag) + term, value);
    WarningEvidence evidence;
    if (!copied.isEmpty())
        evidence = { record.specimenId, copied.first().first, shortValue(copied.first().second) };
    if (!m_window.push(!copied.isEmpty(), evidence))
        return;
    findings.warnings.append(windowWarning(
        WarningReason::PromptLeak, m_window,
        QStringLiteral("%1 of the last %2 records repeat values that stand in the prompt (such as "
                       "%3 \"%4\" in %5): the model may be copying the prompt's example instead "
                       "of reading the sheets.")
            .arg(m_window.count())
            .arg(m_window.size())
            .arg(evidence.field, evidence.value, evidence.specimenId)));
}

void PromptLeakCheck::seed(const SpecimenRecord &record)
{
    const auto copied = copiedValues(record);
    m_window.seed(!copied.isEmpty(),
                  copied.isEmpty() ? WarningEvidence()
                                   : WarningEvidence { record.specimenId, copied.first().first,
                                                       shortValue(copied.first().second) });
}

} // namespace herb
