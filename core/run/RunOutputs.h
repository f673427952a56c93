#pragma once

#include "RunConfig.h"
#include "SpecimenRecord.h"
#include "dwc/OccurrenceTable.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace herb {

// occurrence.csv and dwca.zip from the final successful records, in any order (rewritten
// atomically at the end of every session), and run.json (settings, versions, one entry per
// session). With `termsOf`, the entries hold no terms and each is read when its row is made
// (RecordStore::occurrences).
bool writeRunExports(const QString &runFolder, QList<OccurrenceEntry> finalSuccesses,
                     const DwcExportSettings &settings, QString *error,
                     const OccurrenceTable::TermsOf &termsOf = {});

struct SessionSummary
{
    int session = 1;
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    QString outcome; // "completed" or "failed"
    std::optional<FailureReason> reason; // failed only
    qint64 processed = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    QString promptSha256;
    QString model;
    EngineKind engine = EngineKind::OpenAi;
    QJsonObject flags; // the folder's flagged records (TrustChecks::countFlags)
};

// The previous session's entry of run.json, if any (what changed on a resume).
QJsonObject lastSessionOf(const QString &runFolder);
// Adds this session to run.json. Sessions of events.jsonl that run.json lacks (killed, or
// ended when run.json could not be written) are rebuilt from the log first, so every session
// is listed ("rebuilt_from_log": true, outcome "unfinished" when the log has no end for it).
bool writeRunJson(const QString &runFolder, const QString &runId, const RunConfig &config,
                  const SessionSummary &session, QString *error);

} // namespace herb
