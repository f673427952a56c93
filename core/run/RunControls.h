#pragma once

#include "events/EventConsumer.h"
#include "extraction/Engine.h"
#include "trust/ControlCheck.h"

#include <QSet>

#include <memory>
#include <optional>

namespace herb {

class SideAnswerLog;

// The control sheets of a session (--controls, issue 12 check 6) on the RunController's side:
// which queue entries go first, which control is due again, which answers in flight are
// controls sent again, and what each answer publishes (validation.control, the control
// checkpoint, the control_accuracy warning) or stops (a failed control checkpoint).
class RunControls
{
public:
    // Opens controls.jsonl in the run folder.
    static std::unique_ptr<RunControls> open(QList<ControlSheet> sheets, int every,
                                             double minAccuracy, const QString &runFolder,
                                             QString *error);
    ~RunControls();

    // Moves the controls among `queue` (indexes into `images`) to its front, and says which
    // controls are sent again at the start because they are not in the queue (they have
    // their record already: a resume). Returns how many queue entries are controls.
    int arrange(QList<int> &queue, const QList<DiscoveredImage> &images, int session);
    // Controls to send before anything else: those sent again at the start, then those due.
    std::optional<QString> takeDue();
    // A specimen other than a control sent first was dispatched.
    void countSent();
    bool verdictGiven() const { return m_check.verdictGiven(); }

    void markInFlight(const QString &specimenId) { m_inFlight.insert(specimenId); }
    // True when `specimenId` was a control sent again (and takes it off the list).
    bool takeInFlight(const QString &specimenId) { return m_inFlight.remove(specimenId); }
    bool awaitedAtStart(const QString &specimenId) const
    {
        return m_check.isAwaitedAtStart(specimenId);
    }

    struct Answer
    {
        QList<Event> events; // to publish, in order
        std::optional<HaltRequest> halt; // a failed control checkpoint
        QString writeError; // controls.jsonl could not be written
    };
    // A control's answer: sent again (`recheck`), or as the specimen itself at the start.
    Answer onAnswer(const QString &specimenId, const EngineOutcome &outcome, bool recheck);

private:
    RunControls(ControlCheck check, std::unique_ptr<SideAnswerLog> log);

    ControlCheck m_check;
    std::unique_ptr<SideAnswerLog> m_log;
    QStringList m_due;
    QSet<QString> m_inFlight;
};

} // namespace herb
