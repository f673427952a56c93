#include "eventlog/EventLogFilter.h"

#include "eventlog/EventLogModel.h"

namespace herb {

EventLogFilter::EventLogFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void EventLogFilter::setTypes(const QSet<EventType> &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateFilter();
}

void EventLogFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_types.isEmpty() && m_search.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    if (!m_types.isEmpty()) {
        const QModelIndex index = source->index(sourceRow, 0, sourceParent);
        const auto type = EventType(source->data(index, EventLogModel::EventTypeRole).toInt());
        if (!m_types.contains(type))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (const int column : { int(EventLogModel::TypeColumn), int(EventLogModel::SpecimenColumn),
                              int(EventLogModel::DetailsColumn) }) {
        const QModelIndex index = source->index(sourceRow, column, sourceParent);
        if (source->data(index).toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace herb
