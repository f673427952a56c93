#pragma once

#include "review/ReviewStatus.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace herb {

// Under the workbench's form: the record's verdict with the buttons that change it (their
// shortcuts are the workbench's), a note saying why, undo, and the run's progress ("312 of
// 2,885 reviewed"). A read-only review says why here and disables the buttons.
class ReviewStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewStatusBar)

public:
    explicit ReviewStatusBar(QWidget *parent = nullptr);

    // The shown record's verdict; `hasRecord` false (no record yet, or a failed specimen)
    // disables the verdict buttons.
    void setRecordState(bool hasRecord, ReviewStatus status, const QString &note,
                        bool changedSinceReview);
    void setProgress(int reviewed, int records);
    void setReadOnly(const QString &reason); // empty: writable
    void setUndoAvailable(bool available);
    // Re-extraction works on any record, a failed one too, when the review is writable.
    void setReExtractAvailable(bool available);
    // A decision that could not be written (the disk, the file): said until the next one is.
    void showWriteError(const QString &error);
    // The note typed for the next verdict, which clearNote() empties once it is written.
    QString note() const;
    void clearNote();

    QString progressText() const;
    QString stateText() const;
    QString readOnlyText() const;

Q_SIGNALS:
    void statusRequested(herb::ReviewStatus status);
    void undoRequested();
    void reExtractRequested();

private:
    QLabel *m_state;
    QLabel *m_readOnly;
    QLabel *m_progress;
    QLineEdit *m_note;
    QPushButton *m_approve;
    QPushButton *m_attention;
    QPushButton *m_reject;
    QPushButton *m_reset;
    QPushButton *m_undo;
    QPushButton *m_reExtract;
    bool m_writable = true;
    bool m_hasRecord = false;
};

} // namespace herb
