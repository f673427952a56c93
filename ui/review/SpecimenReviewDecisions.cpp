// The review workbench's decisions and keyboard flow (SpecimenReviewView, continued): the
// review session of the run folder, verdicts, corrections and undo written through it, moving
// between records, the filters and the shortcuts. SpecimenReviewView.cpp lays the tab out and
// shows the selected specimen.

#include "review/SpecimenReviewView.h"

#include "review/RecordForm.h"
#include "review/ReviewSession.h"
#include "review/ReviewStatusBar.h"
#include "review/SheetViewer.h"
#include "review/SpecimenFilterModel.h"
#include "review/SpecimenListModel.h"

#include <QComboBox>
#include <QDir>
#include <QShortcut>
#include <QTableView>

namespace herb {

void SpecimenReviewView::openReviewSession()
{
    if (m_session || m_runFolder.isEmpty() || !QDir(m_runFolder).exists())
        return;
    QString error;
    m_session = ReviewSession::open(m_runFolder, &error);
    if (!m_session) {
        m_statusBar->setReadOnly(error);
        return;
    }
    m_session->setReviewer(m_reviewer);
    QHash<QString, ReviewStatus> statuses;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->entryAt(row).specimenId;
        const ReviewStatus status = m_session->statusOf(id);
        if (status != ReviewStatus::Unreviewed)
            statuses.insert(id, status);
    }
    m_model->setReviewStatuses(statuses);
    m_statusBar->setReadOnly(m_session->readOnlyReason());
    m_statusBar->setUndoAvailable(false);
}

void SpecimenReviewView::setReviewer(const QString &name)
{
    m_reviewer = name;
    if (m_session)
        m_session->setReviewer(name);
}

const SpecimenRecord *SpecimenReviewView::reviewableSelected() const
{
    const int row = m_model->rowOf(m_selected);
    return row >= 0 && isReviewableRow(row) ? m_model->entryAt(row).record.get() : nullptr;
}

bool SpecimenReviewView::isReviewableRow(int sourceRow) const
{
    const SpecimenListModel::Entry &entry = m_model->entryAt(sourceRow);
    return entry.record && entry.record->success;
}

void SpecimenReviewView::showReviewState()
{
    const int selectedRow = m_model->rowOf(m_selected);
    m_statusBar->setReExtractAvailable(m_session && selectedRow >= 0
                                       && m_model->entryAt(selectedRow).record);
    const SpecimenRecord *record = reviewableSelected();
    if (!record || !m_session) {
        m_statusBar->setRecordState(false, ReviewStatus::Unreviewed, {}, false);
    } else {
        const ReviewedRecord reviewed = m_session->reviewed(*record);
        m_statusBar->setRecordState(true, reviewed.status, reviewed.note,
                                    reviewed.changedSinceReview);
    }
    updateReviewProgress();
}

void SpecimenReviewView::updateReviewProgress()
{
    int records = 0;
    int reviewed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!isReviewableRow(row))
            continue;
        ++records;
        if (m_model->reviewStatusOf(m_model->entryAt(row).specimenId) != ReviewStatus::Unreviewed)
            ++reviewed;
    }
    m_statusBar->setProgress(reviewed, records);
}

int SpecimenReviewView::shownCount() const
{
    return m_proxy->rowCount();
}

bool SpecimenReviewView::selectNextWhere(const std::function<bool(int sourceRow)> &accept, int step)
{
    const int shown = m_proxy->rowCount();
    if (shown == 0)
        return false;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -step;
    for (int i = 1; i <= shown; ++i) {
        const int row = ((current + step * i) % shown + shown) % shown;
        const QModelIndex index = m_proxy->index(row, 0);
        if (accept(m_proxy->mapToSource(index).row())) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool SpecimenReviewView::goNext()
{
    const int current = m_table->currentIndex().row();
    if (current + 1 >= m_proxy->rowCount())
        return false;
    return selectNextWhere([](int) { return true; });
}

bool SpecimenReviewView::goPrevious()
{
    if (m_table->currentIndex().row() <= 0)
        return false;
    return selectNextWhere([](int) { return true; }, -1);
}

bool SpecimenReviewView::goNextUnreviewed()
{
    return selectNextWhere([this](int row) {
        return isReviewableRow(row)
            && m_model->reviewStatusOf(m_model->entryAt(row).specimenId)
            == ReviewStatus::Unreviewed;
    });
}

bool SpecimenReviewView::goNextFlagged()
{
    return selectNextWhere([this](int row) { return m_model->entryAt(row).isFlagged(); });
}

void SpecimenReviewView::reportReviewError(const QString &error)
{
    m_statusBar->showWriteError(error);
    Q_EMIT reviewFailed(error);
}

bool SpecimenReviewView::setSelectedStatus(ReviewStatus status)
{
    const SpecimenRecord *record = reviewableSelected();
    if (!record || !m_session)
        return false;
    QString error;
    if (!m_session->setStatus(*record, status, m_statusBar->note(), &error)) {
        reportReviewError(error);
        return false;
    }
    m_statusBar->clearNote();
    m_model->setReviewStatus(record->specimenId, status);
    m_statusBar->setUndoAvailable(m_session->canUndo());
    showReviewState();
    Q_EMIT reviewChanged(record->specimenId);
    return true;
}

bool SpecimenReviewView::approveAndNext()
{
    if (!setSelectedStatus(ReviewStatus::Approved))
        return false;
    if (!goNextUnreviewed())
        goNext();
    return true;
}

bool SpecimenReviewView::correctSelected(const QString &term, const QString &value)
{
    const SpecimenRecord *record = reviewableSelected();
    if (!record || !m_session)
        return false;
    QString error;
    if (!m_session->correct(*record, term, value, &error)) {
        reportReviewError(error);
        return false;
    }
    m_statusBar->setUndoAvailable(m_session->canUndo());
    if (!m_proxy->emptyField().isEmpty())
        m_proxy->invalidate(); // the corrected field may leave the filter's set
    showDetails();
    Q_EMIT reviewChanged(record->specimenId);
    return true;
}

bool SpecimenReviewView::undo()
{
    if (!m_session || !m_session->canUndo())
        return false;
    const QString specimenId = m_session->undoSpecimen();
    QString error;
    if (!m_session->undo(&error)) {
        reportReviewError(error);
        return false;
    }
    m_model->setReviewStatus(specimenId, m_session->statusOf(specimenId));
    m_statusBar->setUndoAvailable(m_session->canUndo());
    // The curator sees what was taken back.
    if (specimenId != m_selected)
        selectSpecimen(specimenId);
    else
        showDetails();
    Q_EMIT reviewChanged(specimenId);
    return true;
}

void SpecimenReviewView::editField()
{
    m_form->editCurrent();
}

void SpecimenReviewView::setReviewFilter(std::optional<ReviewStatus> status)
{
    m_reviewFilter->setCurrentIndex(m_reviewFilter->findData(status ? int(*status) : -1));
}

void SpecimenReviewView::setEmptyFieldFilter(const QString &term)
{
    const int index = m_emptyFieldFilter->findData(term);
    if (index >= 0) {
        m_emptyFieldFilter->setCurrentIndex(index);
    } else {
        m_emptyFieldFilter->addItem(tr("%1 empty").arg(term), term);
        m_emptyFieldFilter->setCurrentIndex(m_emptyFieldFilter->count() - 1);
    }
}

void SpecimenReviewView::buildShortcuts()
{
    // Letters act only where no text is typed: a line editor takes its keys first
    // (ShortcutOverride), so typing "A" in a field never approves a record.
    const auto bind = [this](const QList<QKeySequence> &keys, auto slot) {
        for (const QKeySequence &key : keys) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        }
    };
    bind({ QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_PageDown) }, [this] { goNext(); });
    bind({ QKeySequence(Qt::Key_P), QKeySequence(Qt::Key_PageUp) }, [this] { goPrevious(); });
    bind({ QKeySequence(Qt::Key_U) }, [this] { goNextUnreviewed(); });
    bind({ QKeySequence(Qt::Key_G) }, [this] { goNextFlagged(); });
    bind({ QKeySequence(Qt::Key_A), QKeySequence(Qt::CTRL | Qt::Key_Return) },
         [this] { approveAndNext(); });
    bind({ QKeySequence(Qt::Key_T) }, [this] { setSelectedStatus(ReviewStatus::NeedsAttention); });
    bind({ QKeySequence(Qt::Key_R) }, [this] { setSelectedStatus(ReviewStatus::Rejected); });
    bind({ QKeySequence(Qt::Key_E) }, [this] { editField(); });
    bind({ QKeySequence::Undo }, [this] { undo(); });
    // The sheet's zoom, wherever the focus is in the workbench (the viewer takes the same keys
    // when it has the focus itself).
    bind({ QKeySequence(Qt::Key_0), QKeySequence(Qt::Key_F) }, [this] { m_viewer->fitToWindow(); });
    bind({ QKeySequence(Qt::Key_1) }, [this] { m_viewer->showActualSize(); });
    bind({ QKeySequence(Qt::Key_L) }, [this] { m_viewer->showLabel(); });
    bind({ QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal) },
         [this] { m_viewer->zoomIn(); });
    bind({ QKeySequence(Qt::Key_Minus) }, [this] { m_viewer->zoomOut(); });
}

} // namespace herb
