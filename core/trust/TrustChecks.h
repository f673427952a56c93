#pragma once

#include "TrustCheck.h"
#include "TrustSettings.h"

#include <memory>
#include <vector>

namespace herb {

class RecordStore;

// The trust checks of a run, in the record path: each successful record passes through
// inspect() before it is written to records.jsonl, which gives it its flags (and flags earlier
// records a repeated value concerns); the warnings are published after the record's event.
// A resumed run rebuilds every check's state from the records already written (seed()).
// Lives on the controller's thread.
class TrustChecks
{
public:
    // `promptText`: what the engine sends with each image (empty for the offline engine).
    TrustChecks(const TrustSettings &settings, const QString &promptText);
    ~TrustChecks();

    // The final records of earlier sessions, in the order they were written.
    void seed(const QList<SpecimenRecord> &records);
    // The same from a resumed folder's records.jsonl, reading only as many records as the
    // deepest window needs.
    bool seed(const RecordStore &store, QString *error);
    // Sets record.flags; failed records are not inspected.
    TrustFindings inspect(SpecimenRecord &record);
    // Appends the records `findings` flags after the fact, with their new flags.
    bool flagEarlier(RecordStore &store, const TrustFindings &findings, QString *error) const;

    bool isEmpty() const { return m_checks.empty(); }

    // The flags of a folder's final records for run.json: {"flagged_records": N,
    // "by_flag": {"value_from_prompt:catalogNumber": 27, ...}}.
    static QJsonObject countFlags(const QHash<QString, SpecimenRecord> &finalRecords);
    static QJsonObject countFlags(const RecordStore &store);

private:
    std::vector<std::unique_ptr<TrustCheck>> m_checks;
};

} // namespace herb
