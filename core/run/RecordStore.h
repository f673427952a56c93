#pragma once

#include "SpecimenRecord.h"
#include "dwc/OccurrenceTable.h"

#include <QFile>
#include <QHash>

#include <functional>

#include <memory>

namespace herb {

// records.jsonl of a run folder: append-only, one line per finished attempt, the last line for
// a specimen id is its final record (a resume appends, never rewrites). Opening repairs a tail
// torn by a crash (as the event log does) and reads back what a run needs of the final records.
//
// The records themselves stay on disk: only their outcome and hash are held per specimen (a
// 100,000-specimen run that held every record, raw answers and maps included, grew by
// hundreds of MB), and the exports read the successful ones back at the end.
class RecordStore
{
public:
    // What a run needs of a specimen's final record: whether to send it again on a resume, and
    // which copy of a duplicated content was processed.
    struct Outcome
    {
        bool success = false;
        ErrorKind errorKind = ErrorKind::None; // failed only
        QString sha256;
        QStringList flags; // the trust checks' (run.json counts them)
        qint64 fileSize = -1; // as listed when it was processed (SpecimenRecord)
        qint64 fileModifiedMs = 0;
        // Where its line lies in the file, so that the record can be read back (readRecord).
        qint64 offset = -1;
        qint64 length = 0;
    };

    static std::unique_ptr<RecordStore> open(const QString &path, QString *error);

    // Writes the line with write(2) at once, before its specimen.completed / specimen.failed
    // event is published: from then on a killed process cannot lose it (the kernel has it).
    // Surviving a power cut needs sync(), which the controller calls every second and at the
    // end of the session; syncing every record would serialise the run on the disk's latency.
    bool append(const SpecimenRecord &record, QString *error);
    bool sync(QString *error = nullptr);

    // Specimen id -> the outcome of its final record.
    const QHash<QString, Outcome> &finalOutcomes() const { return m_final; }
    // The final successful records as occurrence.csv and dwca.zip need them (in no particular
    // order), read back from the file: the entries hold no terms, `termsOf` reads an entry's
    // from its line when its row is made, so that 100,000 records' terms are never all held.
    struct Occurrences
    {
        QList<OccurrenceEntry> entries;
        OccurrenceTable::TermsOf termsOf;
        // Set once a line could not be read back or parsed (the exports would lack its terms).
        std::shared_ptr<QString> readError;
    };
    std::optional<Occurrences> occurrences(QString *error) const;
    // The final record `outcome` belongs to, read back from the file.
    std::optional<SpecimenRecord> readRecord(const Outcome &outcome, QString *error) const;
    // Calls `record` with the final successful records in the order they were written, skipping
    // the first `skip` of them (a trust check's window needs only the newest). One pass over
    // the file; the records are parsed one at a time, never all held, and hold only what the
    // trust checks read: id, sha256, dwc, flags, extra's barcodes and GBIF matchType.
    bool forEachFinalSuccess(qsizetype skip,
                             const std::function<void(const SpecimenRecord &)> &record,
                             QString *error) const;
    qsizetype finalSuccessCount() const;
    QString path() const { return m_file.fileName(); }
    qint64 corruptLines() const { return m_corruptLines; }

    // Final records read from any records.jsonl (for score, the GUI, exports).
    static QHash<QString, SpecimenRecord> readFinal(const QString &path, QString *error,
                                                    qint64 *corruptLines = nullptr);

private:
    QFile m_file;
    QHash<QString, Outcome> m_final;
    qint64 m_corruptLines = 0;
    bool m_unsynced = false;
};

} // namespace herb
