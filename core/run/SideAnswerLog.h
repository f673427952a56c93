#pragma once

#include "extraction/Engine.h"

#include <QFile>
#include <QJsonObject>

#include <memory>

namespace herb {

// A JSONL file in the run folder for answers that are not a specimen's record (issue 12):
// controls.jsonl (a control sheet's answer, scored) and audits.jsonl (a second model's answer).
// records.jsonl keeps one final record per specimen, the one its own dispatch produced, so an
// answer written here neither replaces that record (its last line) nor adds a row to
// occurrence.csv. Each line is what the caller says of the answer, then the answer itself:
// timestamp, success, dwc, error, usage.
class SideAnswerLog
{
public:
    // Opens (appends to) `path`; nothing when it cannot, and `error` says why.
    static std::unique_ptr<SideAnswerLog> open(const QString &path, QString *error);

    bool append(QJsonObject line, const EngineOutcome &outcome, QString *error);

private:
    explicit SideAnswerLog(std::unique_ptr<QFile> file);

    std::unique_ptr<QFile> m_file;
};

} // namespace herb
