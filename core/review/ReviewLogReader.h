#pragma once

#include "ReviewEntry.h"

#include <QList>
#include <QString>

namespace herb {

// Reads reviews.jsonl without a lock (an export, `review-log`, a second window open read-only).
// A line that cannot be read is never skipped: every line is a person's decision, and dropping
// one would publish a record as if it had not been corrected. Only a last line without its
// '\n' (a writer killed mid-line, which the next writer moves aside) is left out, and said.
struct ReviewLogContents
{
    QList<ReviewEntry> entries; // in file order
    bool exists = false;
    bool tornTail = false; // a last line without '\n' was left out
    int corruptLine = 0; // 1-based number of the first bad line; 0 when all were read
    QString error; // names the file, the line and the cause; empty when all were read

    bool ok() const { return error.isEmpty(); }
};

// A missing file is an empty trail, not an error.
ReviewLogContents readReviewLog(const QString &path);

} // namespace herb
