#include "review/ReExtractDialog.h"

#include "events/Event.h"
#include "run/RecordStore.h"
#include "window/RunSession.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herb {

ReExtractDialog::ReExtractDialog(RunConfig config, SpecimenRecord current, const QString &runFolder,
                                 QWidget *parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_current(std::move(current))
    , m_runFolder(runFolder)
    , m_model(new QLineEdit(m_config.model, this))
    , m_prompt(new QLineEdit(m_config.promptPath, this))
    , m_extract(new QPushButton(tr("E&xtract"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_keepNew(new QPushButton(tr("Keep &New"), this))
    , m_keepCurrent(new QPushButton(tr("Keep &Current"), this))
{
    setWindowTitle(tr("Re-extract %1").arg(m_current.specimenId));
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setEnabled(m_config.engine == EngineKind::OpenAi);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setPlaceholderText(tr("the built-in prompt"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setHorizontalHeaderLabels({ tr("Term"), tr("Current"), tr("New") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(TermColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CurrentColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NewColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_keepNew->setObjectName(QStringLiteral("keepNew"));
    m_keepNew->setEnabled(false);
    m_keepNew->setToolTip(tr("Append the new record to records.jsonl: it becomes the sheet's "
                             "record; the review's corrections and verdict stay"));
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrent"));
    connect(m_extract, &QPushButton::clicked, this, &ReExtractDialog::start);
    connect(m_keepNew, &QPushButton::clicked, this, [this] {
        if (keepNew())
            accept();
    });
    connect(m_keepCurrent, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Prompt file:"), m_prompt);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_extract);
    buttons->addStretch(1);
    buttons->addWidget(m_keepCurrent);
    buttons->addWidget(m_keepNew);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(820, 560);
    setStatus(tr("The sheet is sent once, with the model and prompt above; the run folder "
                 "changes only if you keep the new record."),
              false);
    showComparison();
}

ReExtractDialog::~ReExtractDialog()
{
    delete m_session; // interrupts and waits, before the temporary folder goes
}

void ReExtractDialog::setModel(const QString &model)
{
    m_model->setText(model);
}

void ReExtractDialog::setPromptPath(const QString &path)
{
    m_prompt->setText(path);
}

void ReExtractDialog::start()
{
    if (m_session && !m_finished)
        return;
    delete m_session;
    m_session = nullptr;
    m_new.reset();
    m_failure.clear();
    m_finished = false;
    m_keepNew->setEnabled(false);
    const QString images = m_temp.filePath(QStringLiteral("images"));
    const QString run
        = m_temp.filePath(QStringLiteral("run%1").arg(QDateTime::currentMSecsSinceEpoch()));
    const QString copy = QDir(images).filePath(QFileInfo(m_current.image).fileName());
    QFile::remove(copy);
    if (!m_temp.isValid() || !QDir().mkpath(images) || !QFile::copy(m_current.image, copy)) {
        m_finished = true;
        setStatus(tr("The sheet %1 could not be copied for the extraction.")
                      .arg(QDir::toNativeSeparators(m_current.image)),
                  true);
        Q_EMIT extractionFinished(false);
        return;
    }
    RunConfig config = m_config;
    config.imagesFolder = images;
    config.outFolder = run;
    config.dryRun = true; // exactly one specimen, after the preflight
    config.resume = false;
    config.model = m_model->text().trimmed();
    config.promptPath = m_prompt->text().trimmed();
    m_extract->setEnabled(false);
    setStatus(
        tr("Sending the sheet to %1…")
            .arg(config.engine == EngineKind::OpenAi ? config.model : tr("the offline engine")),
        false);
    m_session = new RunSession(config, this);
    connect(m_session, &RunSession::eventsDelivered, this, [this](const EventBatch &batch) {
        for (const Event &event : batch)
            if (const auto *failed = event.as<ExtractionFailed>())
                m_failure = failed->message;
    });
    connect(m_session, &RunSession::notice, this, [this](const QString &text) {
        if (m_failure.isEmpty())
            m_failure = text;
    });
    connect(m_session, &RunSession::finished, this, [this, run] {
        QString error;
        const auto records
            = RecordStore::readFinal(QDir(run).filePath(QStringLiteral("records.jsonl")), &error);
        if (!records.isEmpty())
            m_new = *records.cbegin();
        onFinished();
    });
    m_session->start();
}

void ReExtractDialog::onFinished()
{
    m_finished = true;
    m_extract->setEnabled(true);
    if (!m_new) {
        setStatus(tr("No record came back: %1")
                      .arg(m_failure.isEmpty() ? tr("the extraction stopped before the sheet.")
                                               : m_failure),
                  true);
    } else if (!m_new->success) {
        setStatus(tr("The new attempt failed: %1").arg(m_new->error.message), true);
    } else {
        setStatus(tr("Compare and keep one. Differences are marked."), false);
    }
    m_keepNew->setEnabled(m_new && m_new->success);
    showComparison();
    Q_EMIT extractionFinished(m_new && m_new->success);
}

void ReExtractDialog::showComparison()
{
    const QMap<QString, QString> &current = m_current.record.dwc;
    const QMap<QString, QString> next = m_new ? m_new->record.dwc : QMap<QString, QString>();
    QStringList terms = current.keys();
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        if (!current.contains(it.key()))
            terms.append(it.key());
    }
    m_table->setRowCount(int(terms.size()));
    for (int r = 0; r < terms.size(); ++r) {
        const QString &term = terms.at(r);
        m_table->setItem(r, TermColumn, new QTableWidgetItem(term));
        m_table->setItem(r, CurrentColumn, new QTableWidgetItem(current.value(term)));
        auto *fresh = new QTableWidgetItem(m_new ? next.value(term) : QString());
        if (m_new && next.value(term) != current.value(term)) {
            fresh->setBackground(QColor(0xff, 0xf4, 0xe5));
            QFont bold = fresh->font();
            bold.setBold(true);
            fresh->setFont(bold);
        }
        m_table->setItem(r, NewColumn, fresh);
    }
    m_table->resizeRowsToContents();
}

bool ReExtractDialog::keepNew()
{
    if (!m_new || !m_new->success)
        return false;
    SpecimenRecord kept = *m_new;
    // The attempt was made on a copy: it is the run's sheet, under the run's id.
    kept.specimenId = m_current.specimenId;
    kept.image = m_current.image;
    kept.duplicatePaths = m_current.duplicatePaths;
    kept.fileSize = m_current.fileSize;
    kept.fileModifiedMs = m_current.fileModifiedMs;
    kept.session = m_current.session;
    kept.timestampMs = QDateTime::currentMSecsSinceEpoch();
    QString error;
    auto store
        = RecordStore::open(QDir(m_runFolder).filePath(QStringLiteral("records.jsonl")), &error);
    if (!store || !store->append(kept, &error) || !store->sync(&error)) {
        setStatus(tr("The new record was not kept: %1").arg(error), true);
        return false;
    }
    Q_EMIT newRecordKept(kept.specimenId);
    return true;
}

QString ReExtractDialog::statusText() const
{
    return m_status->text();
}

void ReExtractDialog::setStatus(const QString &text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace herb
