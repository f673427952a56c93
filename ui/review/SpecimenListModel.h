#pragma once

#include "events/Event.h"
#include "review/ReviewStatus.h"
#include "run/SpecimenRecord.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace herb {

// The run's specimens for the review tab, one row each, in the order they were first seen:
// status from the specimen.* events (in flight, succeeded, failed, skipped), and the final
// record from records.jsonl once it is read (fields, confidence, how the image was turned).
// A batch inserts its new rows with one beginInsertRows and reports changed rows with one
// dataChanged, so a live run at thousands of events a second costs one view update a batch.
class SpecimenListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecimenListModel)

public:
    enum class Status
    {
        InFlight,
        Succeeded,
        Failed,
        Skipped,
    };
    enum Column
    {
        SpecimenColumn,
        StatusColumn,
        FieldsColumn,
        FlagsColumn, // the record's trust flags (core/trust)
        ReviewColumn, // the curator's verdict (core/review)
        DetailsColumn,
        ColumnCount
    };
    static constexpr int StatusRole = Qt::UserRole; // Status as an int
    static constexpr int SpecimenIdRole = Qt::UserRole + 1;
    static constexpr int FlaggedRole = Qt::UserRole + 2; // bool: the record has trust flags
    static constexpr int ReviewStatusRole = Qt::UserRole + 3; // ReviewStatus as an int

    struct Entry
    {
        QString specimenId;
        Status status = Status::InFlight;
        int fieldsExtracted = 0;
        SpecimenError error; // failed only
        QString skipReason;
        // The final record, once read; shared so that rows stay small to move (a log of
        // 50,000 specimens is read on opening).
        std::shared_ptr<const SpecimenRecord> record;
        bool hasRecord() const { return record != nullptr; }
        bool isFlagged() const { return record && !record->flags.isEmpty(); }
    };

    explicit SpecimenListModel(QObject *parent = nullptr);

    void addEvents(const herb::EventBatch &batch);
    // Final records (last line per specimen wins); specimens not seen in events are added.
    void addRecords(const QList<SpecimenRecord> &records);
    void clear();

    // The folder the specimen ids are relative to (extraction.started names it).
    QString imagesFolder() const { return m_imagesFolder; }
    int rowOf(const QString &specimenId) const { return m_rows.value(specimenId, -1); }
    const Entry &entryAt(int row) const { return m_entries.at(size_t(row)); }
    // Where the image is: the record's path, else the images folder plus the id.
    QString imagePathAt(int row) const;
    int count(Status status) const;
    // The curator's verdicts, from the review trail: all at once when a run is opened, one at a
    // time as the curator decides.
    void setReviewStatuses(const QHash<QString, ReviewStatus> &statuses);
    void setReviewStatus(const QString &specimenId, ReviewStatus status);
    ReviewStatus reviewStatusOf(const QString &specimenId) const;
    static QString reviewStatusText(ReviewStatus status);
    int flaggedCount() const;

    static QString statusText(Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Returns the row, appending a pending entry when the id is new.
    int entryFor(const QString &specimenId);
    void flush();

    std::vector<Entry> m_entries;
    QHash<QString, int> m_rows;
    QString m_imagesFolder;
    QHash<QString, ReviewStatus> m_reviewStatus; // specimens with a verdict
    // Rows appended or changed since the last flush, announced once per batch.
    int m_insertedFrom = -1;
    int m_changedFirst = -1;
    int m_changedLast = -1;
    int m_visibleRows = 0;
};

} // namespace herb
