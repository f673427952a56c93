#include "UnknownNamesCheck.h"

#include "TrustCheck.h"

#include <QCoreApplication>

namespace herb {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UnknownNamesCheck)
};
} // namespace

UnknownNamesCheck::UnknownNamesCheck()
    : m_window(WindowRule { kWindow, 1, 0.30, 10 })
{ }

std::optional<ValidationWarning>
UnknownNamesCheck::push(const QString &specimenId, const QString &name, const GbifMatch &match)
{
    if (!match.answered)
        return std::nullopt;
    const WarningEvidence evidence { specimenId, QStringLiteral("scientificName"),
                                     shortValue(name) };
    if (!m_window.push(match.isNone(), evidence))
        return std::nullopt;
    return windowWarning(WarningReason::UnknownNames, m_window,
                         Text::tr("%1 of the last %2 scientific names are unknown to GBIF: the "
                                  "model may be inventing names or misreading them badly.")
                             .arg(m_window.count())
                             .arg(m_window.size()));
}

void UnknownNamesCheck::seed(const SpecimenRecord &record)
{
    const QJsonObject gbif = record.record.extra.value(QLatin1String("gbif")).toObject();
    if (gbif.isEmpty())
        return;
    const bool none = gbif.value(QLatin1String("matchType")).toString() == QLatin1String("NONE");
    m_window.seed(none,
                  { record.specimenId, QStringLiteral("scientificName"),
                    shortValue(record.record.dwc.value(QStringLiteral("scientificName"))) });
}

} // namespace herb
