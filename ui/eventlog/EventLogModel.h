#pragma once

#include "events/Event.h"
#include "monitor/RunSummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace herb {

// The run's events as a table (seq, time, type, specimen, details). Rows are appended a batch
// at a time, with one beginInsertRows per batch, so a live run at thousands of events a
// second or a 100,000-event log costs one view update per batch. Each row keeps only what the
// table shows: the one-line description is made once, when the event arrives.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        TypeColumn,
        SpecimenColumn,
        DetailsColumn,
        ColumnCount
    };
    // Qt::UserRole: the row's EventType as an int, for filters.
    static constexpr int EventTypeRole = Qt::UserRole;

    explicit EventLogModel(QObject *parent = nullptr);

    void appendEvents(const herb::EventBatch &batch);
    void appendEvents(const std::vector<Event> &events);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    EventType typeAt(int row) const { return m_rows.at(size_t(row)).type; }
    QString specimenAt(int row) const { return m_rows.at(size_t(row)).specimen; }
    QString detailsAt(int row) const { return m_rows.at(size_t(row)).details; }

private:
    struct Row
    {
        qint64 seq = 0;
        qint64 timestampMs = 0;
        EventType type = EventType::Other;
        QString typeName;
        QString specimen;
        QString details;
    };

    template<class Range> void append(const Range &events);
    Row rowFor(const Event &event);

    std::vector<Row> m_rows;
    RunSummary m_summary; // the progress figures the descriptions quote
};

} // namespace herb
