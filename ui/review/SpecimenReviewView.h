#pragma once

#include "events/Event.h"
#include "review/ReviewStatus.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace herb {

class RecordForm;
class RecordTail;
class ReviewSession;
class ReviewStatusBar;
struct SpecimenRecord;
class SheetImageCache;
class SheetViewer;
class SpecimenFilterModel;
class SpecimenListModel;
class UpdateThrottle;

// The "Specimens" tab, the review workbench: every specimen of the run with its status, live
// from the events and the run folder's records.jsonl; the selected one's sheet shown upright
// beside the Darwin Core fields the engine extracted (or the error that failed it), which the
// curator corrects, approves, marks or rejects from the keyboard. Every decision goes to the
// run's reviews.jsonl at once (ReviewSession); a second window on the same run reviews
// read-only and says why.
//
// Keys: N / Page Down next, P / Page Up previous, U next unreviewed, G next flagged, A approve
// and go to the next unreviewed, T needs attention, R reject, E / F2 edit the current field,
// Ctrl+Z undo; the sheet: 0 / F fit, 1 100 %, L the label, + and - zoom.
class SpecimenReviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecimenReviewView)

public:
    explicit SpecimenReviewView(QWidget *parent = nullptr);
    ~SpecimenReviewView() override;

    void addEvents(const herb::EventBatch &batch);
    // records.jsonl is read from here, now and after each finished specimen.
    void setRunFolder(const QString &folder);
    void clear();
    void setFailedOnly(bool failedOnly);
    // Only the specimens whose record carries a trust flag.
    void setFlaggedOnly(bool flaggedOnly);
    // Selects a specimen by id (clearing a filter that hides it); false when unknown.
    bool selectSpecimen(const QString &specimenId);
    void readRecords();

    QString selectedSpecimen() const { return m_selected; }
    QString headingText() const;
    QString errorText() const;
    QString flagsText() const;

    // Who the decisions are from; empty: the OS user name.
    void setReviewer(const QString &name);
    const ReviewSession *reviewSession() const { return m_session.get(); }
    RecordForm *recordForm() const { return m_form; }
    ReviewStatusBar *reviewStatusBar() const { return m_statusBar; }
    // The specimens shown, after the filters.
    int shownCount() const;

    // The keyboard flow; each returns false when there is nowhere to go or nothing was written
    // (the reason is shown).
    bool goNext();
    bool goPrevious();
    bool goNextUnreviewed();
    bool goNextFlagged();
    bool setSelectedStatus(herb::ReviewStatus status);
    bool approveAndNext();
    bool correctSelected(const QString &term, const QString &value);
    bool undo();
    void editField();
    // Filters: a verdict (nullopt: any), a term whose value is empty ("": none).
    void setReviewFilter(std::optional<herb::ReviewStatus> status);
    void setEmptyFieldFilter(const QString &term);
    // The decoded sheet on display (scaled), null while loading or when it cannot be read.
    QImage shownImage() const;
    SheetViewer *sheetViewer() const { return m_viewer; }

Q_SIGNALS:
    void imageShown(const QString &specimenId);
    // Records whose final line carries a trust flag, as records.jsonl says: flags added after
    // a record's event (a name GBIF does not know) are only there.
    void flaggedCountChanged(qint64 count);
    // A decision was written to reviews.jsonl, or could not be (`error`).
    void reviewChanged(const QString &specimenId);
    void reviewFailed(const QString &error);
    // The curator asks to send the selected sheet again (ReExtractDialog, opened by the window,
    // which knows the engine settings).
    void reExtractRequested(const herb::SpecimenRecord &record);

private:
    void onCurrentChanged();
    void showDetails();
    void showImage(const QString &path, int rotation, const QImage &image, const QString &error);
    // The sheets of the rows shown before and after the selected one, decoded ahead.
    void prefetchNeighbours();
    void updateCounts();
    void openReviewSession();
    void showReviewState();
    void updateReviewProgress();
    // The selected specimen's record when it can be reviewed (a successful extraction).
    const SpecimenRecord *reviewableSelected() const;
    bool isReviewableRow(int sourceRow) const;
    // Moves the selection to the next shown row after the current one (wrapping) that passes
    // `accept`; false when none does.
    bool selectNextWhere(const std::function<bool(int sourceRow)> &accept, int step = 1);
    void reportReviewError(const QString &error);
    void buildShortcuts();

    SpecimenListModel *m_model;
    SpecimenFilterModel *m_proxy;
    std::unique_ptr<RecordTail> m_records;
    SheetImageCache *m_sheets;
    UpdateThrottle *m_recordThrottle;
    QCheckBox *m_failedOnly;
    QCheckBox *m_flaggedOnly;
    QLabel *m_flags; // the selected record's flags, explained
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_heading;
    SheetViewer *m_viewer;
    QLabel *m_error;
    RecordForm *m_form;
    ReviewStatusBar *m_statusBar;
    QComboBox *m_reviewFilter;
    QComboBox *m_emptyFieldFilter;
    std::unique_ptr<ReviewSession> m_session;
    QString m_runFolder;
    QString m_reviewer;
    // A newer record of the specimen being edited arrived: shown once the edit ends, not under
    // the curator's hands.
    bool m_refreshAfterEdit = false;
    QString m_selected;
    QString m_imagePath;
    int m_imageRotation = 0;
};

} // namespace herb
