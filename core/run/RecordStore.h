#pragma once

#include "SpecimenRecord.h"

#include <QFile>
#include <QHash>

#include <memory>

namespace herb {

// records.jsonl of a run folder: append-only, one line per finished attempt, the last line for
// a specimen id is its final record (a resume appends, never rewrites). Opening repairs a tail
// torn by a crash (as the event log does) and reads the final records back.
class RecordStore
{
public:
    static std::unique_ptr<RecordStore> open(const QString &path, QString *error);

    // Writes the line with write(2) at once, before its specimen.completed / specimen.failed
    // event is published: from then on a killed process cannot lose it (the kernel has it).
    // Surviving a power cut needs sync(), which the controller calls every second and at the
    // end of the session; syncing every record would serialise the run on the disk's latency.
    bool append(const SpecimenRecord &record, QString *error);
    bool sync(QString *error = nullptr);

    const QHash<QString, SpecimenRecord> &finalRecords() const { return m_final; }
    QString path() const { return m_file.fileName(); }
    qint64 corruptLines() const { return m_corruptLines; }

    // Final records read from any records.jsonl (for score, the GUI, exports).
    static QHash<QString, SpecimenRecord> readFinal(const QString &path, QString *error,
                                                    qint64 *corruptLines = nullptr);

private:
    QFile m_file;
    QHash<QString, SpecimenRecord> m_final;
    qint64 m_corruptLines = 0;
    bool m_unsynced = false;
};

} // namespace herb
