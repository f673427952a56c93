#include "review/SpecimenReviewView.h"

#include "review/RecordTail.h"
#include "review/SpecimenFilterModel.h"
#include "review/SpecimenImageLoader.h"
#include "review/SpecimenListModel.h"
#include "window/UpdateThrottle.h"

#include <QCheckBox>
#include <QColor>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace herb {

namespace {

// Decoded once at this size, then scaled to the label: resizing the window needs no decode.
constexpr QSize kDecodeBox(1200, 1600);

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

// The flags that concern `term` ("implausible:decimalLatitude+decimalLongitude" concerns both).
QStringList flagsOfTerm(const QStringList &flags, const QString &term)
{
    QStringList out;
    for (const QString &flag : flags) {
        if (flag.section(QLatin1Char(':'), 1).split(QLatin1Char('+')).contains(term))
            out.append(flag.section(QLatin1Char(':'), 0, 0));
    }
    return out;
}

} // namespace

SpecimenReviewView::SpecimenReviewView(QWidget *parent)
    : QWidget(parent)
    , m_model(new SpecimenListModel(this))
    , m_proxy(new SpecimenFilterModel(this))
    , m_records(std::make_unique<RecordTail>())
    , m_loader(new SpecimenImageLoader(this))
    , m_recordThrottle(new UpdateThrottle(250, this))
    , m_failedOnly(new QCheckBox(tr("Failed &only"), this))
    , m_flaggedOnly(new QCheckBox(tr("Fla&gged only"), this))
    , m_flags(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_table(new QTableView(this))
    , m_heading(new QLabel(this))
    , m_picture(new QLabel(this))
    , m_error(new QLabel(this))
    , m_fields(new QTableWidget(0, 4, this))
{
    setAccessibleName(tr("Specimen review"));
    m_proxy->setObjectName(QStringLiteral("shownSpecimens"));
    m_failedOnly->setObjectName(QStringLiteral("failedOnly"));
    m_fields->setObjectName(QStringLiteral("fields"));
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
    m_picture->setAccessibleName(tr("Specimen sheet"));
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(200, 260);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_picture->installEventFilter(this);
    m_fields->setAccessibleName(tr("Extracted Darwin Core fields"));
    m_fields->setHorizontalHeaderLabels({ tr("Term"), tr("Value"), tr("Confidence"), tr("Flag") });
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_fields->setWordWrap(true);

    auto *detailsSplit = new QSplitter(this);
    detailsSplit->addWidget(m_picture);
    detailsSplit->addWidget(m_fields);
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
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // Room for the id, the status and the start of the error; the sheet and its fields share
    // the rest.
    split->setSizes({ 360, 480 });
    detailsSplit->setSizes({ 220, 260 });

    auto *top = new QHBoxLayout;
    top->addWidget(m_failedOnly);
    top->addWidget(m_flaggedOnly);
    top->addStretch(1);
    top->addWidget(m_counts);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_recordThrottle, &UpdateThrottle::update, this, &SpecimenReviewView::readRecords);
    connect(m_loader, &SpecimenImageLoader::loaded, this, &SpecimenReviewView::showImage);
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
    readRecords();
}

void SpecimenReviewView::readRecords()
{
    const QList<SpecimenRecord> records = m_records->read();
    if (!records.isEmpty())
        m_model->addRecords(records);
    updateCounts();
    const bool selectedChanged
        = std::any_of(records.begin(), records.end(), [this](const SpecimenRecord &record) {
              return record.specimenId == m_selected;
          });
    if (selectedChanged)
        showDetails();
}

void SpecimenReviewView::clear()
{
    m_model->clear();
    m_records->setPath({});
    m_selected.clear();
    m_imagePath.clear();
    m_image = QImage();
    m_picture->clear();
    m_fields->setRowCount(0);
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
    if (row < 0) {
        m_fields->setRowCount(0);
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

    m_fields->setRowCount(0);
    const QStringList flags = entry.record ? entry.record->flags : QStringList();
    QStringList explained;
    for (const QString &flag : flags) {
        const QString meaning = flagMeaning(flag);
        explained.append(meaning.isEmpty() ? flag : tr("%1: %2").arg(flag, meaning));
    }
    m_flags->setText(tr("Flagged: %1").arg(explained.join(QStringLiteral("; "))));
    m_flags->setVisible(!flags.isEmpty());
    if (entry.record) {
        const DwcRecord &dwc = entry.record->record;
        const QLocale locale;
        m_fields->setRowCount(int(dwc.dwc.size()));
        int r = 0;
        for (auto it = dwc.dwc.cbegin(); it != dwc.dwc.cend(); ++it, ++r) {
            m_fields->setItem(r, 0, new QTableWidgetItem(it.key()));
            m_fields->setItem(r, 1, new QTableWidgetItem(it.value()));
            const auto confidence = dwc.confidence.constFind(it.key());
            m_fields->setItem(r, 2,
                              new QTableWidgetItem(confidence == dwc.confidence.cend()
                                                       ? tr("–")
                                                       : locale.toString(*confidence, 'f', 2)));
            const QStringList termFlags = flagsOfTerm(flags, it.key());
            if (!termFlags.isEmpty()) {
                auto *flagItem = new QTableWidgetItem(QStringLiteral("⚑ ")
                                                      + termFlags.join(QStringLiteral(", ")));
                flagItem->setForeground(QColor(0xb2, 0x6a, 0x00));
                flagItem->setToolTip(flagMeaning(termFlags.first()));
                m_fields->setItem(r, 3, flagItem);
            }
        }
        m_fields->resizeRowsToContents();
    }

    const QString path = m_model->imagePathAt(row);
    const int rotation
        = entry.record ? entry.record->preparation.value(QLatin1String("rotation")).toInt(0) : 0;
    // The same sheet at the same turn is on display already (a record arriving for it).
    if (path != m_imagePath || m_image.isNull()) {
        m_imagePath = path;
        m_image = QImage();
        m_picture->setText(tr("Loading…"));
        m_loader->request(path, rotation, kDecodeBox);
    }
}

void SpecimenReviewView::showImage(const QString &path, const QImage &image, const QString &error)
{
    if (path != m_imagePath)
        return;
    m_image = image;
    if (image.isNull())
        m_picture->setText(tr("The image cannot be shown: %1").arg(error));
    else
        scaleImage();
    Q_EMIT imageShown(m_selected);
}

void SpecimenReviewView::scaleImage()
{
    if (m_image.isNull())
        return;
    const QSize box = m_picture->size() * devicePixelRatio();
    QPixmap pixmap
        = QPixmap::fromImage(m_image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio());
    m_picture->setPixmap(pixmap);
}

bool SpecimenReviewView::eventFilter(QObject *watched, QEvent *event)
{
    // The picture changes size with the window and with its splitter.
    if (watched == m_picture && event->type() == QEvent::Resize)
        scaleImage();
    return QWidget::eventFilter(watched, event);
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
