#pragma once

#include "ReviewEntry.h"
#include "ReviewedRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace herb {

class ReviewLog;
struct SpecimenRecord;

// A curator's review of one run folder, as the workbench edits it: the trail read from
// reviews.jsonl, each decision appended to it at once (one line, synced), the status of every
// record, and an undo that appends the inverse decision. The trail is append-only, so an undone
// correction stays visible in it as two lines: who changed what is never rewritten.
//
// Only one writer per run: when another window or command holds reviews.jsonl's lock, or a
// line of the trail cannot be read, the session is read-only and says why (a correction on
// top of a trail that lost a line would publish a record as if that line had not been made).
class ReviewSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSession)

public:
    // Reads RUN/reviews.jsonl (repairing a torn tail when the lock is ours). nullptr with
    // `error` only when the run folder cannot be used at all.
    static std::unique_ptr<ReviewSession> open(const QString &runFolder, QString *error);
    ~ReviewSession() override;

    QString runFolder() const { return m_runFolder; }
    bool isReadOnly() const { return !m_log; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The 1-based number of the first line that cannot be read; 0 when all were read.
    int corruptLine() const { return m_corruptLine; }

    // Who the decisions are from: a name set in Settings, else the OS user name.
    void setReviewer(const QString &name);
    QString reviewer() const;

    const QList<ReviewEntry> &reviewsOf(const QString &specimenId) const;
    ReviewStatus statusOf(const QString &specimenId) const;
    ReviewedRecord reviewed(const SpecimenRecord &record) const;
    // Records with a status other than unreviewed.
    int reviewedCount() const;
    int countWithStatus(ReviewStatus status) const;
    int lineCount() const { return m_lineCount; }

    // Sets `field` of the record to `after` (empty removes it); the line's `before` is the value
    // the curator saw (the machine's, or an earlier correction). A value equal to the current
    // one writes nothing. False with `error` when read-only or the line could not be written.
    bool correct(const SpecimenRecord &record, const QString &field, const QString &after,
                 QString *error);
    // A status change, with an optional note saying why. The same status without a note writes
    // nothing.
    bool setStatus(const SpecimenRecord &record, ReviewStatus status, const QString &note,
                   QString *error);

    // This session's decisions can be undone, newest first, each by appending its inverse.
    bool canUndo() const { return !m_undoable.isEmpty(); }
    // The specimen whose decision undo() takes back; empty when there is none.
    QString undoSpecimen() const;
    bool undo(QString *error);

Q_SIGNALS:
    // A decision on this specimen was written (by this session).
    void changed(const QString &specimenId);

private:
    ReviewSession() = default;
    bool append(ReviewEntry entry, QString *error);
    void remember(const ReviewEntry &entry);

    QString m_runFolder;
    std::unique_ptr<ReviewLog> m_log;
    QString m_readOnlyReason;
    QString m_reviewer;
    int m_corruptLine = 0;
    int m_lineCount = 0;
    QHash<QString, QList<ReviewEntry>> m_bySpecimen;
    QHash<QString, ReviewStatus> m_status; // specimens with a status change only
    QList<ReviewEntry> m_undoable; // this session's decisions, oldest first
};

} // namespace herb
