#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace herb {

// The lock that keeps a second writer out of an append-only file of a run folder (events.jsonl,
// reviews.jsonl): `path` + ".lock", held for as long as the writer lives. A lock left by a
// process that is gone is taken over; one held by a live process is refused, and `error` names
// the file and the holder (application, process id, host) so a person knows whom to close.
// nullptr on failure.
std::unique_ptr<QLockFile> lockForWriting(const QString &path, QString *error);

} // namespace herb
