#pragma once

#include <QByteArray>
#include <QString>

namespace herb {

// Replaces `path` with `bytes` all at once: a temporary file beside it, flushed to disk, then
// renamed over the old one (QSaveFile). A reader sees the old file or the new one, never half
// of either, and a failed write leaves the old file as it was. On failure *error names the
// file and the cause.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace herb
