#include "AuditCheck.h"

#include "TrustCheck.h"
#include "dwc/DwcTerms.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>

namespace herb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheck)
};

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 0) + QLatin1Char('%');
}

} // namespace

AuditCheck::AuditCheck(int every, double minAgreement)
    : m_every(qMax(1, every))
    , m_minAgreement(minAgreement)
{ }

bool AuditCheck::countSent()
{
    return ++m_sent % m_every == 0;
}

QList<WarningEvidence> AuditCheck::differences(const QString &specimenId, const DwcRecord &primary,
                                               const DwcRecord &audit)
{
    QList<WarningEvidence> found;
    for (const QString &term : DwcTerms::coreFieldTerms()) {
        const QString ours = primary.dwc.value(term).trimmed();
        const QString theirs = audit.dwc.value(term).trimmed();
        if (ours.isEmpty() && theirs.isEmpty())
            continue;
        if (!ours.isEmpty() && !theirs.isEmpty() && Scoring::exactMatch(ours, theirs))
            continue;
        found.append(
            { specimenId, term, shortValue(ours) + QStringLiteral(" ≠ ") + shortValue(theirs) });
    }
    return found;
}

AuditCheck::Result AuditCheck::compare(const QString &specimenId, const DwcRecord *primary,
                                       const DwcRecord *audit, const QString &failure)
{
    Result result;
    result.comparison.specimenId = specimenId;
    if (!primary || !audit) {
        result.comparison.error = failure;
        return result;
    }
    Audited audited;
    for (const QString &term : DwcTerms::coreFieldTerms()) {
        // A field neither model read says nothing about their agreement.
        if (primary->dwc.value(term).trimmed().isEmpty()
            && audit->dwc.value(term).trimmed().isEmpty())
            continue;
        ++audited.compared;
    }
    audited.differences = differences(specimenId, *primary, *audit);
    audited.agreed = audited.compared - int(audited.differences.size());
    result.comparison.compared = audited.compared;
    result.comparison.agreed = audited.agreed;
    if (audited.compared == 0)
        return result;

    m_window.push_back(std::move(audited));
    if (m_window.size() > size_t(kWindow))
        m_window.pop_front();
    int compared = 0;
    int agreed = 0;
    for (const Audited &entry : m_window) {
        compared += entry.compared;
        agreed += entry.agreed;
    }
    const double agreement = double(agreed) / compared;
    if (agreement >= m_minAgreement) {
        m_warningArmed = true;
        return result;
    }
    if (!m_warningArmed || m_window.size() < size_t(kMinAudited))
        return result;
    m_warningArmed = false;

    ValidationWarning warning;
    warning.reason = WarningReason::ModelDisagreement;
    warning.window = int(m_window.size());
    warning.count = compared - agreed;
    warning.rate = agreement;
    warning.threshold = m_minAgreement;
    // The newest differences first: what the models disagree on now.
    for (auto it = m_window.crbegin(); it != m_window.crend() && warning.evidence.size() < 10;
         ++it) {
        for (const WarningEvidence &difference : it->differences) {
            if (warning.evidence.size() == 10)
                break;
            warning.evidence.append(difference);
        }
    }
    warning.message = Text::tr("The second model disagrees with the run's model: %1 of %2 core "
                               "values read alike over the last %3 audited specimens (%4, below "
                               "%5). One of them is misreading the sheets; compare the fields "
                               "in the evidence with the sheets.")
                          .arg(agreed)
                          .arg(compared)
                          .arg(m_window.size())
                          .arg(percent(agreement), percent(m_minAgreement));
    result.warning = warning;
    return result;
}

} // namespace herb
