#include "eventlog/EventLogView.h"

#include "eventlog/EventLogFilter.h"
#include "eventlog/EventLogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace herb {

EventLogView::EventLogView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventLogModel(this))
    , m_filter(new EventLogFilter(this))
    , m_table(new QTableView(this))
    , m_type(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("&Follow new events"), this))
{
    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setAccessibleName(tr("Event log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-row sizing keep 100,000 rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EventLogModel::SeqColumn, 70);
    m_table->setColumnWidth(EventLogModel::TimeColumn, 100);
    m_table->setColumnWidth(EventLogModel::TypeColumn, 170);
    m_table->setColumnWidth(EventLogModel::SpecimenColumn, 200);

    m_type->setAccessibleName(tr("Event type filter"));
    m_type->addItem(tr("All events"), -1);
    for (const EventType type :
         { EventType::ExtractionStarted, EventType::SpecimenProcessing,
           EventType::SpecimenCompleted, EventType::SpecimenFailed, EventType::SpecimenSkipped,
           EventType::ValidationCheckpoint, EventType::ValidationWarning,
           EventType::ValidationControl, EventType::ValidationAudit, EventType::ExtractionCompleted,
           EventType::ExtractionFailed }) {
        const std::string_view name = eventTypeName(type);
        m_type->addItem(QString::fromLatin1(name.data(), qsizetype(name.size())), int(type));
    }
    m_search->setPlaceholderText(tr("Search specimen or details"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_follow->setAccessibleName(tr("Follow new events"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &EventLogView::applyType);
    connect(m_search, &QLineEdit::textChanged, m_filter, &EventLogFilter::setSearchText);

    auto *bar = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void EventLogView::applyType()
{
    const int type = m_type->currentData().toInt();
    if (type < 0)
        m_filter->showAllTypes();
    else
        m_filter->setType(EventType(type));
}

void EventLogView::addEvents(const EventBatch &batch)
{
    m_model->appendEvents(batch);
    if (m_follow->isChecked() && !batch.isEmpty())
        m_table->scrollToBottom();
}

void EventLogView::clear()
{
    m_model->clear();
}

} // namespace herb
