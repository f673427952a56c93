#include "eventlog/EventLogModel.h"

#include "monitor/ConsoleReporter.h"

#include <QDateTime>

namespace herb {

namespace {

QString specimenOf(const Event &event)
{
    if (const auto *finished = event.as<SpecimenFinished>())
        return finished->specimenId;
    if (const auto *processing = event.as<SpecimenProcessing>())
        return processing->specimenId;
    if (const auto *skipped = event.as<SpecimenSkipped>())
        return skipped->specimenId;
    return {};
}

} // namespace

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void EventLogModel::appendEvents(const EventBatch &batch)
{
    append(batch);
}

void EventLogModel::appendEvents(const std::vector<Event> &events)
{
    append(events);
}

template<class Range> void EventLogModel::append(const Range &events)
{
    if (events.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(events.size()) - 1);
    for (const Event &event : events)
        m_rows.push_back(rowFor(event));
    endInsertRows();
}

EventLogModel::Row EventLogModel::rowFor(const Event &event)
{
    m_summary.observe(event);
    Row row;
    row.seq = event.seq;
    row.timestampMs = event.timestampMs;
    row.type = event.type;
    row.typeName = event.typeName();
    row.specimen = specimenOf(event);
    // Only the first line: extraction.started adds engine and prompt lines below it.
    row.details = ConsoleReporter::describe(event, m_summary).section(QLatin1Char('\n'), 0, 0);
    if (row.details.isEmpty()) {
        if (const auto *processing = event.as<SpecimenProcessing>())
            row.details = tr("attempt %1").arg(processing->attempt);
        else if (const auto *other = event.as<OtherEvent>())
            row.details = QString::fromUtf8(other->dataJson);
    }
    return row;
}

void EventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_summary = RunSummary();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (role == EventTypeRole)
        return int(row.type);
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return row.seq;
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.timestampMs)
            .toLocalTime()
            .toString(QStringLiteral("HH:mm:ss.zzz"));
    case TypeColumn:
        return row.typeName;
    case SpecimenColumn:
        return row.specimen;
    case DetailsColumn:
        return row.details;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case SpecimenColumn:
        return tr("Specimen");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace herb
