#pragma once

#include "dwc/DwcRecord.h"
#include "events/Event.h"

#include <deque>
#include <optional>

namespace herb {

// Check 7 of issue 12: a second opinion. Every `every`-th specimen sent is also read by a
// second model; both answers are compared on the core fields (exact after normalisation, the
// rules of `herbstream score`), and when the two agree on fewer than `minAgreement` of the
// core fields compared over the last kWindow audited specimens (pooled, once at least
// kMinAudited are in) the run is warned about: model_disagreement, once until the agreement
// is back above the threshold. It does not say which model is wrong: a person looks at the
// evidence, the fields on which they differ. Lives on the controller's thread.
class AuditCheck
{
public:
    static constexpr int kWindow = 20;
    // One or two hard sheets alone must not warn.
    static constexpr int kMinAudited = 3;

    AuditCheck(int every, double minAgreement);

    // A specimen was sent: true when the second model reads it too (the every-th, 2×every-th…).
    bool countSent();

    struct Result
    {
        AuditComparison comparison; // specimen, compared, agreed; model and usage left to fill
        std::optional<ValidationWarning> warning;
    };
    // The run's answer and the second model's for one specimen; null: that side failed (then
    // nothing is compared and `failure` says which side and why).
    Result compare(const QString &specimenId, const DwcRecord *primary, const DwcRecord *audit,
                   const QString &failure = {});

    // The core fields on which two answers differ, as evidence: "run's value ≠ audit's value".
    static QList<WarningEvidence> differences(const QString &specimenId, const DwcRecord &primary,
                                              const DwcRecord &audit);

private:
    struct Audited
    {
        int compared = 0;
        int agreed = 0;
        QList<WarningEvidence> differences;
    };

    int m_every;
    double m_minAgreement;
    int m_sent = 0;
    std::deque<Audited> m_window; // newest last
    bool m_warningArmed = true;
};

} // namespace herb
