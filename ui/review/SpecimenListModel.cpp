#include "review/SpecimenListModel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace herb {

SpecimenListModel::SpecimenListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int SpecimenListModel::entryFor(const QString &specimenId)
{
    const auto found = m_rows.constFind(specimenId);
    if (found != m_rows.cend()) {
        const int row = found.value();
        if (row < m_visibleRows) {
            m_changedFirst = m_changedFirst < 0 ? row : qMin(m_changedFirst, row);
            m_changedLast = qMax(m_changedLast, row);
        }
        return row;
    }
    const int row = int(m_entries.size());
    Entry entry;
    entry.specimenId = specimenId;
    m_entries.push_back(std::move(entry));
    m_rows.insert(specimenId, row);
    return row;
}

void SpecimenListModel::addEvents(const EventBatch &batch)
{
    for (const Event &event : batch) {
        switch (event.type) {
        case EventType::ExtractionStarted:
            m_imagesFolder = QDir::fromNativeSeparators(
                event.as<ExtractionStarted>()->details.value(QLatin1String("images")).toString());
            break;
        case EventType::SpecimenProcessing: {
            Entry &entry = m_entries[size_t(entryFor(event.as<SpecimenProcessing>()->specimenId))];
            entry.status = Status::InFlight;
            break;
        }
        case EventType::SpecimenCompleted:
        case EventType::SpecimenFailed: {
            const auto *finished = event.as<SpecimenFinished>();
            Entry &entry = m_entries[size_t(entryFor(finished->specimenId))];
            const bool ok = event.type == EventType::SpecimenCompleted;
            entry.status = ok ? Status::Succeeded : Status::Failed;
            entry.fieldsExtracted = finished->fieldsExtracted;
            entry.error = ok ? SpecimenError() : finished->error;
            break;
        }
        case EventType::SpecimenSkipped: {
            const auto *skipped = event.as<SpecimenSkipped>();
            Entry &entry = m_entries[size_t(entryFor(skipped->specimenId))];
            // A resume skips what an earlier session finished: its outcome stays visible.
            if (entry.status == Status::InFlight)
                entry.status = Status::Skipped;
            entry.skipReason = skipped->reason;
            break;
        }
        default:
            break;
        }
    }
    flush();
}

void SpecimenListModel::addRecords(const QList<SpecimenRecord> &records)
{
    for (const SpecimenRecord &record : records) {
        const bool seen = m_rows.contains(record.specimenId);
        Entry &entry = m_entries[size_t(entryFor(record.specimenId))];
        auto kept = std::make_shared<SpecimenRecord>(record);
        kept->rawResponse.clear(); // not shown; up to 64 KiB each
        entry.record = std::move(kept);
        // A specimen in flight again (a resume retrying it) keeps that status: the record is
        // the previous attempt's.
        if (seen && entry.status == Status::InFlight)
            continue;
        entry.status = record.success ? Status::Succeeded : Status::Failed;
        entry.error = record.success ? SpecimenError() : record.error;
        if (record.success)
            entry.fieldsExtracted = qMax(entry.fieldsExtracted, int(record.record.dwc.size()));
    }
    flush();
}

void SpecimenListModel::flush()
{
    if (m_changedFirst >= 0) {
        Q_EMIT dataChanged(index(m_changedFirst, 0), index(m_changedLast, ColumnCount - 1));
        m_changedFirst = m_changedLast = -1;
    }
    const int total = int(m_entries.size());
    if (total > m_visibleRows) {
        beginInsertRows({}, m_visibleRows, total - 1);
        m_visibleRows = total;
        endInsertRows();
    }
}

void SpecimenListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_rows.clear();
    m_imagesFolder.clear();
    m_visibleRows = 0;
    m_changedFirst = m_changedLast = -1;
    endResetModel();
}

QString SpecimenListModel::imagePathAt(int row) const
{
    const Entry &entry = entryAt(row);
    if (entry.record && !entry.record->image.isEmpty())
        return entry.record->image;
    if (m_imagesFolder.isEmpty())
        return {};
    return QDir(m_imagesFolder).filePath(entry.specimenId);
}

int SpecimenListModel::count(Status status) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [status](const Entry &entry) { return entry.status == status; }));
}

int SpecimenListModel::flaggedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const Entry &entry) { return entry.isFlagged(); }));
}

QString SpecimenListModel::statusText(Status status)
{
    switch (status) {
    case Status::InFlight:
        return tr("in flight");
    case Status::Succeeded:
        return tr("succeeded");
    case Status::Failed:
        return tr("failed");
    case Status::Skipped:
        return tr("skipped");
    }
    return {};
}

int SpecimenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visibleRows;
}

int SpecimenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpecimenListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visibleRows)
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    switch (role) {
    case StatusRole:
        return int(entry.status);
    case SpecimenIdRole:
        return entry.specimenId;
    case FlaggedRole:
        return entry.isFlagged();
    case ReviewStatusRole:
        return int(reviewStatusOf(entry.specimenId));
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && entry.status == Status::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == StatusColumn && entry.status == Status::Succeeded)
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        if (index.column() == FlagsColumn)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (index.column() == ReviewColumn) {
            switch (reviewStatusOf(entry.specimenId)) {
            case ReviewStatus::Approved:
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            case ReviewStatus::NeedsAttention:
                return QBrush(QColor(0xb2, 0x6a, 0x00));
            case ReviewStatus::Rejected:
                return QBrush(QColor(0xc6, 0x28, 0x28));
            case ReviewStatus::Unreviewed:
                break;
            }
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SpecimenColumn:
        return entry.specimenId;
    case StatusColumn:
        return statusText(entry.status);
    case FieldsColumn:
        return entry.status == Status::Succeeded ? QVariant(entry.fieldsExtracted) : QVariant();
    case FlagsColumn:
        return entry.isFlagged() ? QVariant(entry.record->flags.join(QStringLiteral(", ")))
                                 : QVariant();
    case ReviewColumn:
        return entry.hasRecord() ? reviewStatusText(reviewStatusOf(entry.specimenId)) : QVariant();
    case DetailsColumn:
        if (entry.status == Status::Failed)
            return entry.error.kind == ErrorKind::None
                ? entry.error.message
                : QStringLiteral("%1: %2").arg(nameOf(entry.error.kind), entry.error.message);
        if (entry.status == Status::Skipped)
            return entry.skipReason;
        return {};
    default:
        return {};
    }
}

void SpecimenListModel::setReviewStatuses(const QHash<QString, ReviewStatus> &statuses)
{
    m_reviewStatus = statuses;
    if (m_visibleRows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_visibleRows - 1, ColumnCount - 1));
}

void SpecimenListModel::setReviewStatus(const QString &specimenId, ReviewStatus status)
{
    m_reviewStatus.insert(specimenId, status);
    const int row = rowOf(specimenId);
    if (row >= 0 && row < m_visibleRows)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ReviewStatus SpecimenListModel::reviewStatusOf(const QString &specimenId) const
{
    return m_reviewStatus.value(specimenId, ReviewStatus::Unreviewed);
}

QString SpecimenListModel::reviewStatusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed:
        return tr("unreviewed");
    case ReviewStatus::Approved:
        return tr("approved");
    case ReviewStatus::NeedsAttention:
        return tr("needs attention");
    case ReviewStatus::Rejected:
        return tr("rejected");
    }
    return {};
}

QVariant SpecimenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SpecimenColumn:
        return tr("Specimen");
    case StatusColumn:
        return tr("Status");
    case FieldsColumn:
        return tr("Fields");
    case FlagsColumn:
        return tr("Flags");
    case ReviewColumn:
        return tr("Review");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace herb
