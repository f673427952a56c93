#pragma once

#include <QFile>
#include <QString>

namespace herb {

// An append-only JSON Lines file whose writer was killed mid-line ends without '\n'. Before
// appending again, the fragment after the last '\n' is saved to `tornPath` (appended, for a
// person to inspect) and cut off, so the next line starts on a line of its own. Returns the
// number of bytes cut (0 when the file was whole), or -1 with `error` naming the file.
// `file` must be open for reading and writing.
qint64 repairTornTail(QFile &file, const QString &tornPath, QString *error);

// The offset just past the last '\n' among the first `size` bytes (0 when there is none).
qint64 endOfLastFullLine(QFile &file, qint64 size);

} // namespace herb
