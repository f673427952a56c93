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

    // Writes the line with write(2) at once and syncs it, so a record is durable before its
    // specimen.completed / specimen.failed event is published.
    bool append(const SpecimenRecord &record, QString *error);

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
};

} // namespace herb
