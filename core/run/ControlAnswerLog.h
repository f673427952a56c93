#pragma once

#include "events/Event.h"
#include "extraction/Engine.h"

#include <QFile>

#include <memory>

namespace herb {

// controls.jsonl in the run folder: one line per scored answer for a control sheet, at the
// start or sent again (issue 12, check 6). An answer for a control sent again is written here
// and only here: records.jsonl keeps one final record per specimen, the one its own
// dispatch produced, so a control sent again neither replaces that record (its last line) nor
// adds a row to occurrence.csv. The answers at the start are the specimens' records too.
class ControlAnswerLog
{
public:
    // Opens (appends to) `path`; nothing when it cannot, and `error` says why.
    static std::unique_ptr<ControlAnswerLog> open(const QString &path, QString *error);

    bool append(const ControlScore &score, const EngineOutcome &outcome, QString *error);

private:
    explicit ControlAnswerLog(std::unique_ptr<QFile> file);

    std::unique_ptr<QFile> m_file;
};

} // namespace herb
