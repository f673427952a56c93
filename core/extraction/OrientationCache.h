#pragma once

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace herb {

// The orientation checks already made, by the image's SHA-256: a resume (or a retry of the same
// file) does not read a sideways sheet both ways again. Only sheets that needed the check
// (landscape once the EXIF orientation is applied) are kept; EXIF decides the others for free.
//
// Kept in the run folder as orientations.jsonl, one line a decision, appended at once:
//   {"sha256":"…","rotation":90}
// The records cannot serve: a specimen cancelled by a stop has no record, and the engine sees
// the records only through the controller. A torn or unreadable line is skipped (its sheet is
// checked again); the last line for a SHA-256 wins. Thread-safe: the preparation threads share
// one instance.
class OrientationCache
{
public:
    // `path` empty: kept in memory only.
    explicit OrientationCache(const QString &path = {});

    // The clockwise rotation decided earlier for this content, if any.
    std::optional<int> find(const QString &sha256) const;
    // Remembers a decision (0 included: checked and left as it was). A file that cannot be
    // written costs only the check on the next resume, so it is not an error of the run.
    void record(const QString &sha256, int rotation);

    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_rotations;
    QFile m_file;
};

} // namespace herb
