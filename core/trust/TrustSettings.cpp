#include "TrustSettings.h"

#include <QJsonArray>

namespace herb {

QStringList TrustSettings::allChecks()
{
    return { QLatin1String(kPromptCheck), QLatin1String(kRepeatsCheck),
             QLatin1String(kBarcodeCheck), QLatin1String(kPlausibilityCheck) };
}

QStringList TrustSettings::haltableReasons()
{
    return { nameOf(WarningReason::PromptLeak),        nameOf(WarningReason::RepeatedValues),
             nameOf(WarningReason::IdenticalRecords),  nameOf(WarningReason::BarcodeMismatch),
             nameOf(WarningReason::ImplausibleValues), nameOf(WarningReason::ControlAccuracy),
             nameOf(WarningReason::UnknownNames),      nameOf(WarningReason::ModelDisagreement) };
}

QStringList TrustSettings::defaultHaltOn()
{
    // A copied example or one record for every sheet makes every record wrong: stop. The
    // others may have honest causes (a collection's own duplicates, OCR-like misreadings).
    return { nameOf(WarningReason::PromptLeak), nameOf(WarningReason::IdenticalRecords) };
}

QJsonObject TrustSettings::toJson() const
{
    return { { QStringLiteral("checks"), QJsonArray::fromStringList(checks) },
             { QStringLiteral("halt_on"), QJsonArray::fromStringList(haltOn) } };
}

} // namespace herb
