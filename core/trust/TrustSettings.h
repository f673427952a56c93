#pragma once

#include "events/Event.h"

#include <QJsonObject>
#include <QStringList>

namespace herb {

// Which trust checks run and which of their warnings stop the run (README, "Trust checks").
// Each check is on by default; --trust-checks names the ones to run, --halt-on the warning
// reasons that stop the run (extraction.failed reason trust_check_failed, exit 3).
struct TrustSettings
{
    // The checks by name, as --trust-checks takes them.
    static constexpr const char *kPromptCheck = "prompt";
    static constexpr const char *kRepeatsCheck = "repeats";
    static constexpr const char *kBarcodeCheck = "barcode";
    static constexpr const char *kPlausibilityCheck = "plausibility";

    QStringList checks = allChecks();
    QStringList haltOn = defaultHaltOn();

    bool runs(const char *check) const { return checks.contains(QLatin1String(check)); }
    bool haltsOn(WarningReason reason) const { return haltOn.contains(nameOf(reason)); }

    static QStringList allChecks();
    // The warning reasons --halt-on accepts: those of the trust checks.
    static QStringList haltableReasons();
    static QStringList defaultHaltOn(); // prompt_leak, identical_records
    QJsonObject toJson() const;
};

} // namespace herb
