#include "ReviewSession.h"

#include "ReviewLog.h"
#include "ReviewLogReader.h"
#include "run/SpecimenRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace herb {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSession)
};

// A line about `record`: which sheet the curator looked at.
ReviewEntry entryAbout(const SpecimenRecord &record)
{
    ReviewEntry entry;
    entry.specimenId = record.specimenId;
    entry.sha256 = record.sha256;
    return entry;
}

} // namespace

std::unique_ptr<ReviewSession> ReviewSession::open(const QString &runFolder, QString *error)
{
    if (!QFileInfo(runFolder).isDir()) {
        if (error)
            *error = Text::tr("%1: no such run folder").arg(QDir::toNativeSeparators(runFolder));
        return nullptr;
    }
    std::unique_ptr<ReviewSession> session(new ReviewSession);
    session->m_runFolder = runFolder;
    session->m_reviewer = ReviewLog::systemReviewer();

    // The writer first: opening repairs a torn tail, so the reading below sees whole lines.
    QString lockError;
    session->m_log = ReviewLog::open(runFolder, &lockError);
    if (!session->m_log)
        session->m_readOnlyReason
            = Text::tr("Opened read-only: %1").arg(lockError); // names the holder of the lock

    const ReviewLogContents contents = readReviewLog(ReviewLog::pathIn(runFolder));
    if (!contents.ok()) {
        session->m_corruptLine = contents.corruptLine;
        if (contents.corruptLine > 0) {
            // Nothing is written while the line is there; the lock goes back, since every
            // other session reads the same line and is read-only for the same reason.
            session->m_log.reset();
            session->m_readOnlyReason
                = Text::tr("Opened read-only: %1. Correct or remove that line (a copy of the "
                           "file first) before reviewing or exporting; no correction is dropped "
                           "silently.")
                      .arg(contents.error);
        } else {
            if (error)
                *error = contents.error;
            return nullptr;
        }
    }
    for (const ReviewEntry &entry : contents.entries)
        session->remember(entry);
    session->m_lineCount = int(contents.entries.size());
    return session;
}

ReviewSession::~ReviewSession() = default;

void ReviewSession::setReviewer(const QString &name)
{
    m_reviewer = name.trimmed().isEmpty() ? ReviewLog::systemReviewer() : name.trimmed();
    if (m_log)
        m_log->setReviewer(m_reviewer);
}

QString ReviewSession::reviewer() const
{
    return m_reviewer;
}

const QList<ReviewEntry> &ReviewSession::reviewsOf(const QString &specimenId) const
{
    static const QList<ReviewEntry> none;
    const auto it = m_bySpecimen.constFind(specimenId);
    return it == m_bySpecimen.cend() ? none : *it;
}

ReviewStatus ReviewSession::statusOf(const QString &specimenId) const
{
    return m_status.value(specimenId, ReviewStatus::Unreviewed);
}

ReviewedRecord ReviewSession::reviewed(const SpecimenRecord &record) const
{
    return composeReviewedRecord(record, reviewsOf(record.specimenId));
}

int ReviewSession::reviewedCount() const
{
    return int(std::count_if(m_status.cbegin(), m_status.cend(), [](ReviewStatus status) {
        return status != ReviewStatus::Unreviewed;
    }));
}

int ReviewSession::countWithStatus(ReviewStatus status) const
{
    return int(std::count(m_status.cbegin(), m_status.cend(), status));
}

bool ReviewSession::correct(const SpecimenRecord &record, const QString &field,
                            const QString &after, QString *error)
{
    const QString before = reviewed(record).dwc.value(field);
    if (before == after.trimmed())
        return true;
    ReviewEntry entry = entryAbout(record);
    entry.field = field;
    entry.before = before;
    entry.after = after.trimmed();
    if (!append(entry, error))
        return false;
    m_undoable.append(entry);
    return true;
}

bool ReviewSession::setStatus(const SpecimenRecord &record, ReviewStatus status,
                              const QString &note, QString *error)
{
    const ReviewStatus from = statusOf(record.specimenId);
    if (from == status && note.trimmed().isEmpty())
        return true;
    ReviewEntry entry = entryAbout(record);
    entry.statusFrom = from;
    entry.statusTo = status;
    entry.note = note.trimmed();
    if (!append(entry, error))
        return false;
    m_undoable.append(entry);
    return true;
}

QString ReviewSession::undoSpecimen() const
{
    return m_undoable.isEmpty() ? QString() : m_undoable.constLast().specimenId;
}

bool ReviewSession::undo(QString *error)
{
    if (m_undoable.isEmpty())
        return true;
    const ReviewEntry done = m_undoable.constLast();
    ReviewEntry inverse;
    inverse.specimenId = done.specimenId;
    inverse.sha256 = done.sha256;
    if (done.changesField()) {
        inverse.field = done.field;
        inverse.before = done.after;
        inverse.after = done.before;
    }
    if (done.changesStatus()) {
        inverse.statusFrom = done.statusTo;
        inverse.statusTo = done.statusFrom;
    }
    inverse.note = Text::tr("undo");
    if (!append(inverse, error))
        return false;
    m_undoable.removeLast();
    return true;
}

bool ReviewSession::append(ReviewEntry entry, QString *error)
{
    if (!m_log) {
        if (error)
            *error = m_readOnlyReason;
        return false;
    }
    // Filled here rather than by the log, so the state kept in memory (whether the record
    // changed since its review) is the one a reader of the file computes.
    entry.reviewer = m_reviewer;
    entry.timestampMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_log->append(entry, error))
        return false;
    remember(entry);
    ++m_lineCount;
    Q_EMIT changed(entry.specimenId);
    return true;
}

void ReviewSession::remember(const ReviewEntry &entry)
{
    m_bySpecimen[entry.specimenId].append(entry);
    if (entry.changesStatus())
        m_status.insert(entry.specimenId, *entry.statusTo);
}

} // namespace herb
