#pragma once

#include "events/Event.h"

#include <QImage>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace herb {

class RecordTail;
class SpecimenImageLoader;
class SpecimenFilterModel;
class SpecimenListModel;
class UpdateThrottle;

// The "Specimens" tab: every specimen of the run with its status, live from the events and
// the run folder's records.jsonl; the selected one's sheet shown upright beside the Darwin
// Core fields the engine extracted, with their confidence, or the error that failed it.
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
    // The decoded sheet on display (scaled), null while loading or when it cannot be read.
    QImage shownImage() const { return m_image; }

Q_SIGNALS:
    void imageShown(const QString &specimenId);
    // Records whose final line carries a trust flag, as records.jsonl says: flags added after
    // a record's event (a name GBIF does not know) are only there.
    void flaggedCountChanged(qint64 count);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentChanged();
    void showDetails();
    void showImage(const QString &path, const QImage &image, const QString &error);
    void scaleImage();
    void updateCounts();

    SpecimenListModel *m_model;
    SpecimenFilterModel *m_proxy;
    std::unique_ptr<RecordTail> m_records;
    SpecimenImageLoader *m_loader;
    UpdateThrottle *m_recordThrottle;
    QCheckBox *m_failedOnly;
    QCheckBox *m_flaggedOnly;
    QLabel *m_flags; // the selected record's flags, explained
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_heading;
    QLabel *m_picture;
    QLabel *m_error;
    QTableWidget *m_fields;
    QString m_selected;
    QString m_imagePath;
    QImage m_image;
};

} // namespace herb
