#pragma once

#include "events/Event.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace herb {

// Narrows an EventLogModel to some event types and to rows whose specimen, type or details
// contain a search text (case-insensitive). An empty type set shows every type.
class EventLogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogFilter)

public:
    explicit EventLogFilter(QObject *parent = nullptr);

    void setTypes(const QSet<EventType> &types);
    void setType(EventType type) { setTypes({ type }); }
    void showAllTypes() { setTypes({}); }
    QSet<EventType> types() const { return m_types; }

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<EventType> m_types;
    QString m_search;
};

} // namespace herb
