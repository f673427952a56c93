#include "ControlCheck.h"

#include "TrustCheck.h"
#include "dwc/DwcTerms.h"
#include "scoring/ScoreTable.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>

namespace herb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ControlCheck)
};

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 0) + QLatin1Char('%');
}

// Only the core fields are scored: the values every sheet has and that identify it. A
// collection's label header (country, province) would make a wrong sheet look half right.
QMap<QString, QString> coreTruth(const ControlSheet &sheet)
{
    QMap<QString, QString> truth;
    for (const QString &term : DwcTerms::coreFieldTerms()) {
        const auto it = sheet.truth.constFind(term);
        if (it != sheet.truth.cend())
            truth.insert(term, *it);
    }
    return truth;
}

} // namespace

ControlCheck::ControlCheck(QList<ControlSheet> sheets, int every, double minAccuracy)
    : m_sheets(std::move(sheets))
    , m_every(qMax(1, every))
    , m_minAccuracy(minAccuracy)
{
    for (int i = 0; i < m_sheets.size(); ++i)
        m_bySpecimen.insert(m_sheets.at(i).specimenId, i);
}

void ControlCheck::startSession(int session, const QStringList &first)
{
    m_session = session;
    m_awaitedAtStart = QSet<QString>(first.cbegin(), first.cend());
    m_startAnswers = 0;
    m_startCompared = 0;
    m_startExact = 0;
    m_verdictGiven = m_awaitedAtStart.isEmpty();
    m_sentSinceRecheck = 0;
    m_warningArmed = true;
}

std::optional<QString> ControlCheck::countSent()
{
    if (!m_verdictGiven || m_sheets.isEmpty() || ++m_sentSinceRecheck < m_every)
        return std::nullopt;
    m_sentSinceRecheck = 0;
    const QString id = m_sheets.at(m_nextRecheck).specimenId;
    m_nextRecheck = (m_nextRecheck + 1) % int(m_sheets.size());
    return id;
}

ControlCheck::Result ControlCheck::score(const QString &specimenId, const DwcRecord *answer,
                                         bool recheck)
{
    Result result;
    const ControlSheet &sheet = m_sheets.at(m_bySpecimen.value(specimenId));
    ScoreTable table;
    const QMap<QString, QString> truth = coreTruth(sheet);
    if (answer)
        table.addSpecimen(truth, answer->dwc);
    else
        table.addMissing(truth);
    result.score.specimenId = specimenId;
    result.score.session = m_session;
    result.score.recheck = recheck;
    result.score.compared = table.overall().compared;
    result.score.exact = table.overall().exact;

    if (m_awaitedAtStart.remove(specimenId)) {
        ++m_startAnswers;
        m_startCompared += result.score.compared;
        m_startExact += result.score.exact;
        if (m_awaitedAtStart.isEmpty() && !m_verdictGiven) {
            m_verdictGiven = true;
            result.checkpoint = verdict();
        }
        return result;
    }

    const bool passed = result.score.accuracy() >= m_minAccuracy;
    if (passed) {
        m_warningArmed = true;
        return result;
    }
    if (!m_warningArmed)
        return result;
    m_warningArmed = false;
    ValidationWarning warning;
    warning.reason = WarningReason::ControlAccuracy;
    warning.window = 1;
    warning.count = result.score.compared - result.score.exact;
    warning.rate = result.score.accuracy();
    warning.threshold = m_minAccuracy;
    warning.evidence = misses(sheet, answer);
    warning.message = Text::tr("Control sheet %1, sent again, was read wrongly: %2 of %3 known "
                               "values exact (%4, below %5). The model may be answering with "
                               "records of other sheets.")
                          .arg(specimenId)
                          .arg(result.score.exact)
                          .arg(result.score.compared)
                          .arg(percent(result.score.accuracy()), percent(m_minAccuracy));
    result.warning = warning;
    return result;
}

ValidationCheckpoint ControlCheck::verdict() const
{
    ValidationCheckpoint checkpoint;
    checkpoint.controls = true;
    checkpoint.session = m_session;
    checkpoint.checked = m_startAnswers;
    checkpoint.fieldsCompared = m_startCompared;
    checkpoint.fieldsExact = m_startExact;
    checkpoint.threshold = m_minAccuracy;
    checkpoint.passed = m_startCompared > 0 && checkpoint.accuracy() >= m_minAccuracy;
    return checkpoint;
}

QString ControlCheck::failureMessage(const ValidationCheckpoint &checkpoint)
{
    return Text::tr("The control sheets were read wrongly: %1 of %2 known values exact on %3 "
                    "controls (%4, below the %5 threshold). Check the prompt and the model.")
        .arg(checkpoint.fieldsExact)
        .arg(checkpoint.fieldsCompared)
        .arg(checkpoint.checked)
        .arg(percent(checkpoint.accuracy()), percent(checkpoint.threshold));
}

QList<WarningEvidence> ControlCheck::misses(const ControlSheet &sheet, const DwcRecord *answer)
{
    QList<WarningEvidence> evidence;
    const QMap<QString, QString> truth = coreTruth(sheet);
    for (auto it = truth.cbegin(); it != truth.cend() && evidence.size() < 10; ++it) {
        if (it.value().trimmed().isEmpty())
            continue;
        const QString answered = answer ? answer->dwc.value(it.key()) : QString();
        if (!answered.trimmed().isEmpty() && Scoring::exactMatch(it.value(), answered))
            continue;
        evidence.append({ sheet.specimenId, it.key(), shortValue(answered) });
    }
    return evidence;
}

} // namespace herb
