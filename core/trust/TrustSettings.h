#pragma once

#include "events/Event.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

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
    // Off unless named: it sends each scientific name to GBIF (gbifUrl).
    static constexpr const char *kNamesCheck = "names";

    QStringList checks = allChecks();
    QStringList haltOn = defaultHaltOn();

    // Control sheets (--controls): a truth table for some images of the folder. They are sent
    // first; one is sent again every controlEvery specimens; below controlMinAccuracy exact
    // on the core fields the start fails its checkpoint (a stop) and a control sent again
    // warns (control_accuracy). Empty path: no control sheets.
    QString controlsPath;
    int controlEvery = 50;
    double controlMinAccuracy = 0.6;

    // A second opinion (--audit-model): every auditEvery-th specimen is also sent to this
    // model at the same endpoint; when the two agree on fewer than auditMinAgreement of the
    // core fields over the last audited specimens, model_disagreement. Empty: no audit.
    QString auditModel;
    int auditEvery = 10;
    double auditMinAgreement = 0.6;

    // Names against GBIF's species-match API (check "names"); tests point it at loopback.
    QUrl gbifUrl = QUrl(QStringLiteral("https://api.gbif.org"));

    bool runs(const char *check) const { return checks.contains(QLatin1String(check)); }
    bool haltsOn(WarningReason reason) const { return haltOn.contains(nameOf(reason)); }

    // The checks on by default: all but names, which sends data out.
    static QStringList allChecks();
    // The warning reasons --halt-on accepts: those of the trust checks.
    static QStringList haltableReasons();
    static QStringList defaultHaltOn(); // prompt_leak, identical_records
    QJsonObject toJson() const;
};

} // namespace herb
