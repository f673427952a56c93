#pragma once

#include "events/Event.h"
#include "trust/UnknownNamesCheck.h"

#include <QObject>

namespace herb {

class GbifNameMatcher;
class RecordStore;
struct GbifMatch;
struct RunConfig;

// The "names" trust check inside a run (--trust-checks names): each successful record's
// scientificName is matched against GBIF on the matcher's own pace; the match is added to the
// record (appended again: the last line is the final record), a NONE flags it, and the
// unknown-names window may warn. The controller waits for the answers before its session
// ends, unless it halted.
class RunNameChecks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunNameChecks)

public:
    // `records` must outlive this. A resume's window is seeded from its last records.
    RunNameChecks(const RunConfig &config, RecordStore &records, QObject *parent = nullptr);

    // After the record of `specimenId` was written.
    void lookup(const QString &specimenId, const QString &scientificName);
    bool isIdle() const;
    // The session ended: answers still to come change nothing.
    void stop() { m_stopped = true; }

Q_SIGNALS:
    void notice(const QString &text); // GBIF cannot be reached: said once
    void warning(const herb::ValidationWarning &warning); // unknown_names
    void writeFailed(const QString &error); // an amended record could not be appended
    void idle(); // every name asked has its answer

private:
    void onMatched(const QString &specimenId, const GbifMatch &match);

    RecordStore &m_records;
    GbifNameMatcher *m_matcher;
    UnknownNamesCheck m_window;
    bool m_stopped = false;
};

} // namespace herb
