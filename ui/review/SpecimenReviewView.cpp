#include "review/SpecimenReviewView.h"

#include "dwc/DwcRecord.h"
#include "dwc/DwcTerms.h"
#include "review/FieldRows.h"
#include "review/RecordForm.h"
#include "review/RecordTail.h"
#include "review/ReviewSession.h"
#include "review/ReviewStatusBar.h"
#include "review/SheetImageCache.h"
#include "review/SheetViewer.h"
#include "review/SpecimenFilterModel.h"
#include "review/SpecimenListModel.h"
#include "window/UpdateThrottle.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace herb {

namespace {

// Sheets decoded ahead on each side of the selected one: the next is what a curator opens
// most, the previous is where undo and "P" go.
constexpr int kPrefetchAhead = 2;

// What a flag ("check:term+term") asks the reviewer to look at.
QString flagMeaning(const QString &flag)
{
    const QString check = flag.section(QLatin1Char(':'), 0, 0);
    if (check == QLatin1String("value_from_prompt"))
        return SpecimenReviewView::tr("the value stands in the prompt: copied from its example?");
    if (check == QLatin1String("repeated_value"))
        return SpecimenReviewView::tr("the same value was read on another image");
    if (check == QLatin1String("identical_record"))
        return SpecimenReviewView::tr("every core field is the same on other images");
    if (check == QLatin1String("barcode_mismatch"))
        return SpecimenReviewView::tr("the barcode on the sheet says otherwise");
    if (check == QLatin1String("implausible"))
        return SpecimenReviewView::tr("no sheet can carry this value");
    return {};
}

} // namespace

SpecimenReviewView::SpecimenReviewView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpecimenListModel(this))
    , m_proxy(new SpecimenFilterModel(this))
    , m_records(std::make_unique<RecordTail>())
    , m_sheets(new SheetImageCache(this))
    , m_recordThrottle(new UpdateThrottle(250, this))
    , m_failedOnly(new QCheckBox(tr("Failed &only"), this))
    , m_flaggedOnly(new QCheckBox(tr("Fla&gged only"), this))
    , m_flags(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_viewer(new SheetViewer(this))
    , m_error(new QLabel(this))
    , m_form(new RecordForm(this))
    , m_statusBar(new ReviewStatusBar(this))
    , m_reviewFilter(new QComboBox(this))
    , m_emptyFieldFilter(new QComboBox(this))
{
    setAccessibleName(tr("Specimen review"));
    m_proxy->setObjectName(QStringLiteral("shownSpecimens"));
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    m_flaggedOnly->setObjectName(QStringLiteral("flaggedOnly"));
    m_flags->setObjectName(QStringLiteral("flags"));
    m_proxy->setSourceModel(m_model);

    m_failedOnly->setAccessibleName(tr("Show failed specimens only"));
    m_failedOnly->setToolTip(tr("Show only the specimens that failed"));
    m_counts->setAccessibleName(tr("Specimen counts"));
    connect(m_failedOnly, &QCheckBox::toggled, this, &SpecimenReviewView::setFailedOnly);
    m_flaggedOnly->setAccessibleName(tr("Show flagged specimens only"));
    m_flaggedOnly->setToolTip(tr("Show only the specimens whose record a trust check flagged"));
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &SpecimenReviewView::setFlaggedOnly);
    m_flags->setAccessibleName(tr("Specimen flags"));
    m_flags->setWordWrap(true);
    m_flags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flags->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_flags->hide();

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Specimens"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(SpecimenListModel::SpecimenColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SpecimenListModel::SpecimenColumn, 150);
    m_table->setColumnWidth(SpecimenListModel::StatusColumn, 75);
    m_table->setColumnWidth(SpecimenListModel::FieldsColumn, 45);
    m_table->setColumnWidth(SpecimenListModel::FlagsColumn, 120);
    m_table->setColumnWidth(SpecimenListModel::ReviewColumn, 100);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SpecimenReviewView::onCurrentChanged);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Selected specimen"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setText(tr("Select a specimen to see its sheet and fields."));
    m_error->setAccessibleName(tr("Specimen error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_viewer->setObjectName(QStringLiteral("sheet"));
    m_viewer->setAccessibleName(tr("Specimen sheet"));
    m_viewer->setMinimumSize(200, 260);
    m_reviewFilter->setObjectName(QStringLiteral("reviewFilter"));
    m_reviewFilter->setAccessibleName(tr("Show records with this review status"));
    m_reviewFilter->addItem(tr("Any review status"), -1);
    for (const ReviewStatus status : { ReviewStatus::Unreviewed, ReviewStatus::Approved,
                                       ReviewStatus::NeedsAttention, ReviewStatus::Rejected })
        m_reviewFilter->addItem(SpecimenListModel::reviewStatusText(status), int(status));
    connect(m_reviewFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_reviewFilter->currentData().toInt();
        m_proxy->setReviewStatus(status < 0 ? std::nullopt
                                            : std::optional<ReviewStatus>(ReviewStatus(status)));
    });
    m_emptyFieldFilter->setObjectName(QStringLiteral("emptyFieldFilter"));
    m_emptyFieldFilter->setAccessibleName(tr("Show records with this field empty"));
    m_emptyFieldFilter->addItem(tr("Any fields"), QString());
    for (const QString &term : DwcTerms::coreFieldTerms())
        m_emptyFieldFilter->addItem(tr("%1 empty").arg(term), term);
    connect(m_emptyFieldFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEmptyField(m_emptyFieldFilter->currentData().toString()); });
    m_proxy->setFieldEmptyTest([this](const QString &specimenId, const QString &term) {
        // Only records a curator can fill in: a failed specimen has no fields to complete.
        const int row = m_model->rowOf(specimenId);
        if (row < 0 || !isReviewableRow(row))
            return false;
        const SpecimenRecord &record = *m_model->entryAt(row).record;
        const QString value = m_session ? m_session->reviewed(record).dwc.value(term)
                                        : record.record.dwc.value(term);
        return isEmptyValue(value);
    });

    // A correction is written once the editor has closed (queued), so the form's rows are not
    // rebuilt under the editor that sent it.
    connect(
        m_form, &RecordForm::correctionRequested, this,
        [this](const QString &term, const QString &value) { correctSelected(term, value); },
        Qt::QueuedConnection);
    connect(m_form, &RecordForm::editingFinished, this, [this] {
        if (m_refreshAfterEdit)
            QMetaObject::invokeMethod(
                this, [this] { showDetails(); }, Qt::QueuedConnection);
    });
    connect(m_statusBar, &ReviewStatusBar::statusRequested, this, [this](ReviewStatus status) {
        if (status == ReviewStatus::Approved)
            approveAndNext();
        else
            setSelectedStatus(status);
    });
    connect(m_statusBar, &ReviewStatusBar::undoRequested, this, &SpecimenReviewView::undo);
    connect(m_statusBar, &ReviewStatusBar::reExtractRequested, this, [this] {
        const int row = m_model->rowOf(m_selected);
        if (row >= 0 && m_model->entryAt(row).record)
            Q_EMIT reExtractRequested(*m_model->entryAt(row).record);
    });

    auto *detailsSplit = new QSplitter(this);
    detailsSplit->addWidget(m_viewer);
    auto *formPane = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPane);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_form, 1);
    formLayout->addWidget(m_statusBar);
    detailsSplit->addWidget(formPane);
    detailsSplit->setStretchFactor(0, 1);
    detailsSplit->setStretchFactor(1, 1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_error);
    detailsLayout->addWidget(m_flags);
    detailsLayout->addWidget(detailsSplit, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    // Room for the id, the status and the start of the error; the sheet and its fields share
    // the rest.
    split->setSizes({ 300, 900 });
    detailsSplit->setSizes({ 400, 500 });

    auto *top = new QHBoxLayout;
    top->addWidget(m_failedOnly);
    top->addWidget(m_flaggedOnly);
    top->addWidget(m_reviewFilter);
    top->addWidget(m_emptyFieldFilter);
    top->addStretch(1);
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_recordThrottle, &UpdateThrottle::update, this, &SpecimenReviewView::readRecords);
    connect(m_sheets, &SheetImageCache::ready, this, &SpecimenReviewView::showImage);
    buildShortcuts();
    updateCounts();
}

SpecimenReviewView::~SpecimenReviewView() = default;

void SpecimenReviewView::addEvents(const EventBatch &batch)
{
    m_model->addEvents(batch);
    // A record line is written before its event is published, so it is there to read; the
    // read and the counts wait for the throttle, not every batch.
    if (!batch.isEmpty())
        m_recordThrottle->notify();
}

void SpecimenReviewView::setRunFolder(const QString &folder)
{
    m_records->setPath(folder.isEmpty() ? QString()
                                        : QDir(folder).filePath(QStringLiteral("records.jsonl")));
    if (folder != m_runFolder) {
        m_session.reset();
        m_runFolder = folder;
    }
    readRecords();
}

void SpecimenReviewView::readRecords()
{
    const QList<SpecimenRecord> records = m_records->read();
    if (!records.isEmpty())
        m_model->addRecords(records);
    const bool hadSession = m_session != nullptr;
    openReviewSession();
    if (m_session && hadSession) {
        // Verdicts of specimens the list had not seen yet when the session opened.
        for (const SpecimenRecord &record : records) {
            const ReviewStatus status = m_session->statusOf(record.specimenId);
            if (status != ReviewStatus::Unreviewed)
                m_model->setReviewStatus(record.specimenId, status);
        }
    }
    updateCounts();
    const bool selectedChanged
        = std::any_of(records.begin(), records.end(), [this](const SpecimenRecord &record) {
              return record.specimenId == m_selected;
          });
    if (selectedChanged || (m_session && !hadSession)) {
        if (m_form->isEditing())
            m_refreshAfterEdit = true; // not under the curator's hands
        else
            showDetails();
    }
}

void SpecimenReviewView::clear()
{
    m_model->clear();
    m_records->setPath({});
    m_session.reset();
    m_runFolder.clear();
    m_statusBar->setReadOnly({});
    m_selected.clear();
    m_imagePath.clear();
    m_viewer->setMessage({});
    m_form->clear();
    m_error->hide();
    m_flags->hide();
    m_heading->setText(tr("Select a specimen to see its sheet and fields."));
    updateCounts();
}

void SpecimenReviewView::setFailedOnly(bool failedOnly)
{
    if (m_failedOnly->isChecked() != failedOnly)
        m_failedOnly->setChecked(failedOnly); // comes back here through toggled
    m_proxy->setFailedOnly(failedOnly);
}

void SpecimenReviewView::setFlaggedOnly(bool flaggedOnly)
{
    if (m_flaggedOnly->isChecked() != flaggedOnly)
        m_flaggedOnly->setChecked(flaggedOnly);
    m_proxy->setFlaggedOnly(flaggedOnly);
}

bool SpecimenReviewView::selectSpecimen(const QString &specimenId)
{
    const int row = m_model->rowOf(specimenId);
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        setFailedOnly(false);
        setFlaggedOnly(false);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void SpecimenReviewView::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_selected = current.isValid() ? current.data(SpecimenListModel::SpecimenIdRole).toString()
                                   : QString();
    showDetails();
}

QString SpecimenReviewView::headingText() const
{
    return m_heading->text();
}

QString SpecimenReviewView::flagsText() const
{
    return m_flags->isHidden() ? QString() : m_flags->text();
}

QString SpecimenReviewView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SpecimenReviewView::showDetails()
{
    const int row = m_model->rowOf(m_selected);
    m_refreshAfterEdit = false;
    if (row < 0) {
        m_form->clear();
        showReviewState();
        m_error->hide();
        m_flags->hide();
        return;
    }
    const SpecimenListModel::Entry &entry = m_model->entryAt(row);
    m_heading->setText(
        tr("%1 — %2").arg(entry.specimenId, SpecimenListModel::statusText(entry.status)));
    if (entry.status == SpecimenListModel::Status::Failed) {
        QString text = entry.error.message;
        if (entry.error.kind != ErrorKind::None)
            text = entry.error.status > 0
                ? tr("Error (%1, HTTP %2): %3")
                      .arg(nameOf(entry.error.kind))
                      .arg(entry.error.status)
                      .arg(text)
                : tr("Error (%1): %2").arg(nameOf(entry.error.kind), text);
        m_error->setText(text);
        m_error->show();
    } else if (entry.status == SpecimenListModel::Status::Skipped) {
        m_error->setText(tr("Skipped: %1").arg(entry.skipReason));
        m_error->show();
    } else {
        m_error->hide();
    }

    const QStringList flags = entry.record ? entry.record->flags : QStringList();
    QStringList explained;
    for (const QString &flag : flags) {
        const QString meaning = flagMeaning(flag);
        explained.append(meaning.isEmpty() ? flag : tr("%1: %2").arg(flag, meaning));
    }
    m_flags->setText(tr("Flagged: %1").arg(explained.join(QStringLiteral("; "))));
    m_flags->setVisible(!flags.isEmpty());
    if (entry.record) {
        const ReviewedRecord reviewed = m_session ? m_session->reviewed(*entry.record)
                                                  : composeReviewedRecord(*entry.record, {});
        const bool writable = m_session && !m_session->isReadOnly() && entry.record->success;
        m_form->setRows(fieldRowsOf(*entry.record, reviewed), !writable);
    } else {
        m_form->clear();
    }
    showReviewState();

    const QString path = m_model->imagePathAt(row);
    const int rotation
        = entry.record ? entry.record->preparation.value(QLatin1String("rotation")).toInt(0) : 0;
    // The same sheet at the same turn is on display already (a record arriving for it).
    if (path.isEmpty()) {
        m_imagePath.clear();
        m_viewer->setMessage(tr("No image file is known for this specimen."));
    } else if (path != m_imagePath || rotation != m_imageRotation || m_viewer->image().isNull()) {
        m_imagePath = path;
        m_imageRotation = rotation;
        m_viewer->setMessage(tr("Loading…"));
        m_sheets->request(path, rotation);
    }
    prefetchNeighbours();
}

void SpecimenReviewView::prefetchNeighbours()
{
    const int current = m_table->currentIndex().row();
    if (current < 0)
        return;
    QList<SheetKey> keys;
    for (int distance = 1; distance <= kPrefetchAhead; ++distance) {
        for (const int row : { current + distance, current - distance }) {
            if (row < 0 || row >= m_proxy->rowCount())
                continue;
            const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
            const SpecimenListModel::Entry &entry = m_model->entryAt(source);
            keys.append({ m_model->imagePathAt(source),
                          entry.record
                              ? entry.record->preparation.value(QLatin1String("rotation")).toInt(0)
                              : 0 });
        }
    }
    m_sheets->prefetch(keys);
}

void SpecimenReviewView::showImage(const QString &path, int rotation, const QImage &image,
                                   const QString &error)
{
    if (path != m_imagePath || rotation != m_imageRotation)
        return;
    if (image.isNull())
        m_viewer->setMessage(tr("The image cannot be shown: %1").arg(error));
    else
        m_viewer->setImage(image, m_sheets->halvings(path, rotation));
    Q_EMIT imageShown(m_selected);
}

QImage SpecimenReviewView::shownImage() const
{
    return m_viewer->image();
}

void SpecimenReviewView::updateCounts()
{
    using Status = SpecimenListModel::Status;
    m_counts->setText(tr("%1 succeeded, %2 failed, %3 skipped, %4 in flight, %5 flagged")
                          .arg(m_model->count(Status::Succeeded))
                          .arg(m_model->count(Status::Failed))
                          .arg(m_model->count(Status::Skipped))
                          .arg(m_model->count(Status::InFlight))
                          .arg(m_model->flaggedCount()));
    Q_EMIT flaggedCountChanged(m_model->flaggedCount());
}

} // namespace herb
