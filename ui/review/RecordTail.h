#pragma once

#include "run/SpecimenRecord.h"

#include <QList>
#include <QString>

namespace herb {

// Reads a growing records.jsonl a piece at a time: each read() returns the records of the
// whole lines appended since the last one, so the review tab can follow a live run without
// re-reading the file (thousands of records, each up to 64 KiB of raw answer) on every
// completed specimen. A torn last line waits for its end; a file that shrank (the writer
// repaired a torn tail) is read again from the start.
class RecordTail
{
public:
    void setPath(const QString &path);
    QString path() const { return m_path; }
    QList<SpecimenRecord> read();
    qint64 corruptLines() const { return m_corrupt; }

private:
    QString m_path;
    qint64 m_offset = 0;
    qint64 m_corrupt = 0;
};

} // namespace herb
