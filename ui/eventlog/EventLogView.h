#pragma once

#include "events/Event.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace herb {

class EventLogFilter;
class EventLogModel;

// The event table with its filter by type, search field and follow-tail toggle.
class EventLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogView)

public:
    explicit EventLogView(QWidget *parent = nullptr);

    void addEvents(const herb::EventBatch &batch);
    void clear();

private:
    void applyType();

    EventLogModel *m_model;
    EventLogFilter *m_filter;
    QTableView *m_table;
    QComboBox *m_type;
    QLineEdit *m_search;
    QCheckBox *m_follow;
};

} // namespace herb
