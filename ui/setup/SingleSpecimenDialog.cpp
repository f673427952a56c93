#include "setup/SingleSpecimenDialog.h"

#include "dwc/DwcTerms.h"
#include "run/RecordStore.h"
#include "window/RunSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTransform>
#include <QVBoxLayout>

namespace herb {

namespace {
const QString kRunningStyle = QStringLiteral("border-radius: 4px;"
                                             "background: palette(alternate-base);");
const QString kGoodStyle = QStringLiteral("border-radius: 4px; color: #0b3d0b;"
                                          "background: #d7f0d2; font-weight: bold;");
const QString kBadStyle = QStringLiteral("border-radius: 4px; color: white;"
                                         "background: #b3261e; font-weight: bold;");
constexpr QSize kImageSize(380, 520);
} // namespace

SingleSpecimenDialog::SingleSpecimenDialog(RunConfig config, QWidget *parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_banner(new QLabel(this))
    , m_image(new QLabel(this))
    , m_error(new QLabel(this))
    , m_terms(new QTableWidget(0, 3, this))
    , m_raw(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Test on One Specimen"));
    setAccessibleName(tr("Test on one specimen"));
    m_config.dryRun = true;
    m_config.resume = false;
    m_config.outFolder = m_temp.filePath(QStringLiteral("run"));

    m_banner->setAccessibleName(tr("Test result"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Margins, not stylesheet padding: QLabel's height for its wrapped text counts only these.
    m_banner->setContentsMargins(10, 8, 10, 8);
    m_banner->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_image->setAccessibleName(tr("Specimen image"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(240, 320);
    m_image->setText(tr("No image yet"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_terms->setAccessibleName(tr("Darwin Core record"));
    m_terms->setHorizontalHeaderLabels({ tr("Term"), tr("Value"), tr("Confidence") });
    m_terms->verticalHeader()->setVisible(false);
    m_terms->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_terms->setWordWrap(true);
    m_terms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_terms->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_terms->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_raw->setAccessibleName(tr("Model answer"));
    m_raw->setReadOnly(true);
    m_raw->setPlaceholderText(tr("The model's answer appears here."));
    m_raw->setMaximumHeight(140);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_error);
    auto *recordLabel = new QLabel(tr("Darwin Core &record:"), right);
    recordLabel->setBuddy(m_terms);
    rightLayout->addWidget(recordLabel);
    rightLayout->addWidget(m_terms, 1);
    auto *rawLabel = new QLabel(tr("&Model answer:"), right);
    rawLabel->setBuddy(m_raw);
    rightLayout->addWidget(rawLabel);
    rightLayout->addWidget(m_raw);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_image);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 620);
    setBanner(tr("Sending one specimen…"), kRunningStyle);
}

SingleSpecimenDialog::~SingleSpecimenDialog()
{
    delete m_session; // interrupts and waits, before the temporary folder goes
}

void SingleSpecimenDialog::start()
{
    if (m_session)
        return;
    if (!m_temp.isValid()) {
        m_finished = true;
        setBanner(tr("No temporary folder could be made for the test."), kBadStyle);
        Q_EMIT specimenFinished(false);
        return;
    }
    m_session = new RunSession(m_config, this);
    connect(m_session, &RunSession::eventsDelivered, this, [this](const EventBatch &batch) {
        for (const Event &event : batch)
            if (const auto *failed = event.as<ExtractionFailed>())
                m_runFailure = failed->message;
    });
    connect(m_session, &RunSession::notice, this, [this](const QString &text) {
        if (m_runFailure.isEmpty())
            m_runFailure = text;
    });
    connect(m_session, &RunSession::finished, this, &SingleSpecimenDialog::onFinished);
    m_session->start();
}

void SingleSpecimenDialog::onFinished(int exitCode)
{
    Q_UNUSED(exitCode)
    m_finished = true;
    QString error;
    const auto records = RecordStore::readFinal(
        QDir(m_config.outFolder).filePath(QStringLiteral("records.jsonl")), &error);
    if (!records.isEmpty())
        m_record = *records.cbegin();
    if (m_record) {
        showRecord(*m_record);
    } else {
        setBanner(
            tr("No specimen was sent: %1")
                .arg(m_runFailure.isEmpty() ? tr("the run stopped before it.") : m_runFailure),
            kBadStyle);
    }
    Q_EMIT specimenFinished(succeeded());
}

QString SingleSpecimenDialog::failureText(const SpecimenRecord &record) const
{
    const SpecimenError &error = record.error;
    if (error.kind == ErrorKind::Parse)
        return tr("The model's answer could not be read as a Darwin Core record. Does the "
                  "prompt ask for one JSON object of Darwin Core terms?");
    if (error.kind == ErrorKind::EmptyRecord)
        return tr("The answer has fewer than %1 core Darwin Core terms with a value. Does the "
                  "prompt ask for the terms on the label?")
            .arg(m_config.minCoreFields);
    if (error.kind == ErrorKind::Image)
        return tr("The image could not be read.");
    if (error.kind == ErrorKind::Http && (error.status == 401 || error.status == 403))
        return tr("The server refused the API key.");
    return tr("The specimen failed.");
}

void SingleSpecimenDialog::showRecord(const SpecimenRecord &record)
{
    const int rotation = record.preparation.value(QLatin1String("rotation")).toInt();
    showImage(record.image, rotation);
    const DwcRecord &dwc = record.record;
    m_terms->setRowCount(0);
    for (auto it = dwc.dwc.cbegin(); it != dwc.dwc.cend(); ++it) {
        const int row = m_terms->rowCount();
        m_terms->insertRow(row);
        m_terms->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_terms->setItem(row, 1, new QTableWidgetItem(it.value()));
        const auto confidence = dwc.confidence.constFind(it.key());
        m_terms->setItem(row, 2,
                         new QTableWidgetItem(confidence == dwc.confidence.cend()
                                                  ? QString()
                                                  : tr("%1 %").arg(qRound(*confidence * 100))));
        if (DwcTerms::coreFieldTerms().contains(it.key())) {
            QFont bold = m_terms->font();
            bold.setBold(true);
            m_terms->item(row, 0)->setFont(bold);
        }
    }
    m_terms->resizeRowsToContents();
    m_raw->setPlainText(record.rawResponse);

    const int core = countCoreFields(dwc);
    if (record.success) {
        setBanner(tr("The record was read: %n Darwin Core term(s), %1 of them core.", nullptr,
                     int(dwc.dwc.size()))
                      .arg(core),
                  kGoodStyle);
        m_error->setVisible(false);
        return;
    }
    setBanner(tr("FAILED: %1").arg(failureText(record)), kBadStyle);
    QString detail = record.error.message;
    if (record.error.status > 0)
        detail = tr("HTTP %1: %2").arg(record.error.status).arg(detail);
    m_error->setText(tr("Error (%1): %2").arg(nameOf(record.error.kind), detail));
    m_error->setVisible(true);
}

void SingleSpecimenDialog::showImage(const QString &path, int rotation)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // EXIF orientation, as the engines read it
    QImage image = reader.read();
    if (image.isNull()) {
        m_image->setText(tr("The image could not be shown."));
        return;
    }
    if (rotation % 360 != 0) // the sheet was found lying on its side: show it as it was read
        image = image.transformed(QTransform().rotate(rotation));
    m_image->setPixmap(QPixmap::fromImage(
        image.scaled(kImageSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_image->setToolTip(QDir::toNativeSeparators(path));
}

void SingleSpecimenDialog::setBanner(const QString &text, const QString &style)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(style);
}

QString SingleSpecimenDialog::statusText() const
{
    return m_banner->text();
}

QString SingleSpecimenDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString SingleSpecimenDialog::rawResponseText() const
{
    return m_raw->toPlainText();
}

QMap<QString, QString> SingleSpecimenDialog::shownTerms() const
{
    QMap<QString, QString> terms;
    for (int row = 0; row < m_terms->rowCount(); ++row)
        terms.insert(m_terms->item(row, 0)->text(), m_terms->item(row, 1)->text());
    return terms;
}

bool SingleSpecimenDialog::showsImage() const
{
    return !m_image->pixmap().isNull();
}

} // namespace herb
