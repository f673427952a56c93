#pragma once

#include "ControlSheets.h"
#include "dwc/DwcRecord.h"
#include "events/Event.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace herb {

// Check 6 of issue 12: control sheets with known answers, the one check that sees a model
// answering well-formed records of *other* sheets. Lives on the controller's thread.
//
// At the start of a session every control is sent first (as the specimen itself when it has
// no record yet, else again); once all have answered, their accuracy (known core values read
// exactly, pooled, with `herbstream score`'s rules) is the control checkpoint's verdict, and a
// failed one stops the run. During the run one control is sent again, in turn, after every
// `controlEvery` specimens; an answer below the threshold on its own raises the
// `control_accuracy` warning, once until a control passes again. Judging each answer alone is
// what bounds the detection latency to K specimens after a model goes wrong; a warning, not a
// stop, since one hard sheet can miss on its own.
class ControlCheck
{
public:
    struct Result
    {
        ControlScore score;
        std::optional<ValidationCheckpoint> checkpoint; // the start's verdict, once
        std::optional<ValidationWarning> warning;
    };

    ControlCheck(QList<ControlSheet> sheets, int every, double minAccuracy);

    bool isControl(const QString &specimenId) const { return m_bySpecimen.contains(specimenId); }
    const QList<ControlSheet> &sheets() const { return m_sheets; }

    // A new session sends `first` (controls) before anything else; with none, the verdict is
    // taken as given.
    void startSession(int session, const QStringList &first);
    bool verdictGiven() const { return m_verdictGiven; }
    bool isAwaitedAtStart(const QString &specimenId) const
    {
        return m_awaitedAtStart.contains(specimenId);
    }

    // A specimen other than a control was sent: the control to send again now, every
    // `every` of them (after the verdict), in turn.
    std::optional<QString> countSent();

    // A control's answer (`answer` null: it failed, every known value missed), sent at the
    // start or again. Scored on the core fields.
    Result score(const QString &specimenId, const DwcRecord *answer, bool recheck);

    // Why a failed control checkpoint stops the run, in a sentence.
    static QString failureMessage(const ValidationCheckpoint &checkpoint);
    // The known core values `answer` missed, as evidence (answered value, term), at most 10.
    static QList<WarningEvidence> misses(const ControlSheet &sheet, const DwcRecord *answer);

private:
    ValidationCheckpoint verdict() const;

    QList<ControlSheet> m_sheets;
    QHash<QString, int> m_bySpecimen; // specimen id -> index in m_sheets
    int m_every;
    double m_minAccuracy;

    int m_session = 1;
    QSet<QString> m_awaitedAtStart;
    int m_startAnswers = 0;
    int m_startCompared = 0;
    int m_startExact = 0;
    bool m_verdictGiven = true;

    int m_sentSinceRecheck = 0;
    int m_nextRecheck = 0; // index into m_sheets, in turn
    bool m_warningArmed = true;
};

} // namespace herb
