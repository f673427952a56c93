#include "RunControls.h"

#include "SideAnswerLog.h"

#include <QDir>

namespace herb {

RunControls::RunControls(ControlCheck check, std::unique_ptr<SideAnswerLog> log)
    : m_check(std::move(check))
    , m_log(std::move(log))
{ }

RunControls::~RunControls() = default;

std::unique_ptr<RunControls> RunControls::open(QList<ControlSheet> sheets, int every,
                                               double minAccuracy, const QString &runFolder,
                                               QString *error)
{
    auto log
        = SideAnswerLog::open(QDir(runFolder).filePath(QStringLiteral("controls.jsonl")), error);
    if (!log)
        return nullptr;
    return std::unique_ptr<RunControls>(
        new RunControls(ControlCheck(std::move(sheets), every, minAccuracy), std::move(log)));
}

int RunControls::arrange(QList<int> &queue, const QList<DiscoveredImage> &images, int session)
{
    QList<int> controls;
    QList<int> others;
    QSet<QString> queued;
    for (int index : std::as_const(queue)) {
        const QString &id = images.at(index).specimenId;
        if (m_check.isControl(id)) {
            controls.append(index);
            queued.insert(id);
        } else {
            others.append(index);
        }
    }
    queue = controls + others;
    // A control with its record already (a resumed run) is sent again: this session's model
    // and prompt are the ones to judge.
    QStringList first;
    m_due.clear();
    for (const ControlSheet &sheet : m_check.sheets()) {
        first.append(sheet.specimenId);
        if (!queued.contains(sheet.specimenId))
            m_due.append(sheet.specimenId);
    }
    m_check.startSession(session, first);
    return int(controls.size());
}

std::optional<QString> RunControls::takeDue()
{
    if (m_due.isEmpty())
        return std::nullopt;
    return m_due.takeFirst();
}

void RunControls::countSent()
{
    if (const std::optional<QString> due = m_check.countSent())
        m_due.append(*due);
}

RunControls::Answer RunControls::onAnswer(const QString &specimenId, const EngineOutcome &outcome,
                                          bool recheck)
{
    Answer answer;
    const ControlCheck::Result result
        = m_check.score(specimenId, outcome.success ? &outcome.record : nullptr, recheck);
    const QJsonObject line {
        { QStringLiteral("specimen_id"), result.score.specimenId },
        { QStringLiteral("session"), result.score.session },
        { QStringLiteral("recheck"), result.score.recheck },
        { QStringLiteral("compared"), result.score.compared },
        { QStringLiteral("exact"), result.score.exact },
        { QStringLiteral("accuracy"), result.score.accuracy() },
    };
    if (!m_log->append(line, outcome, &answer.writeError))
        return answer;
    ControlScore score = result.score;
    if (recheck)
        score.usage = outcome.usage;
    answer.events.append(Event::control(score));
    if (result.checkpoint) {
        answer.events.append(Event::checkpoint(*result.checkpoint));
        if (!result.checkpoint->passed)
            answer.halt = HaltRequest { FailureReason::EarlyValidationFailed,
                                        ControlCheck::failureMessage(*result.checkpoint) };
    }
    if (result.warning)
        answer.events.append(Event::warning(*result.warning));
    return answer;
}

} // namespace herb
