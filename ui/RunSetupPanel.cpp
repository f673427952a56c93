#include "RunSetupPanel.h"

#include "AppSettings.h"
#include "extraction/Prompt.h"
#include "specimens/ImageDiscovery.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herb {

RunSetupPanel::RunSetupPanel(QWidget *parent)
    : QWidget(parent)
    , m_images(new QLineEdit(this))
    , m_imageCountLabel(new QLabel(tr("Drop a folder of specimen images here"), this))
    , m_prompt(new QLineEdit(this))
    , m_promptSha(new QLabel(tr("Built-in prompt"), this))
    , m_promptPreview(new QPlainTextEdit(this))
    , m_engine(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_checkpoint(new QSpinBox(this))
    , m_output(new QLineEdit(this))
{
    m_images->setAccessibleName(tr("Image folder"));
    m_imageCountLabel->setAccessibleName(tr("Images found"));
    m_prompt->setAccessibleName(tr("Prompt file"));
    m_prompt->setPlaceholderText(tr("Built-in prompt"));
    m_promptSha->setAccessibleName(tr("Prompt SHA-256"));
    m_promptSha->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A SHA-256 is one long word: let the label clip it rather than widen the panel.
    m_promptSha->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_imageCountLabel->setWordWrap(true);
    m_promptPreview->setReadOnly(true);
    m_promptPreview->setAccessibleName(tr("Prompt preview"));
    m_promptPreview->setMaximumHeight(110);
    m_engine->setAccessibleName(tr("Engine"));
    m_engine->addItem(tr("Vision model (OpenAI-compatible)"), QStringLiteral("openai"));
    m_engine->addItem(tr("Offline (Tesseract OCR)"), QStringLiteral("tesseract"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_model->setAccessibleName(tr("Model"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Kept for this session only"));
    m_concurrency->setAccessibleName(tr("Concurrency"));
    m_concurrency->setRange(1, 64);
    m_checkpoint->setAccessibleName(tr("Checkpoint specimens"));
    m_checkpoint->setRange(1, 1000);
    m_checkpoint->setValue(RunConfig().validation.checkpointSize);
    m_output->setAccessibleName(tr("Run folder"));
    m_output->setPlaceholderText(tr("Beside the image folder"));

    // The form at the top; spare height goes below it, not between its rows.
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(
        tr("&Images:"),
        withBrowse(m_images, &RunSetupPanel::browseImages, tr("Browse for the image folder")));
    form->addRow(QString(), m_imageCountLabel);
    form->addRow(
        tr("&Prompt:"),
        withBrowse(m_prompt, &RunSetupPanel::browsePrompt, tr("Browse for the prompt file")));
    form->addRow(QString(), m_promptSha);
    form->addRow(QString(), m_promptPreview);
    form->addRow(tr("&Engine:"), m_engine);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("&Concurrency:"), m_concurrency);
    form->addRow(tr("Check&point:"), m_checkpoint);
    form->addRow(
        tr("&Run folder:"),
        withBrowse(m_output, &RunSetupPanel::browseOutput, tr("Browse for the run folder")));

    connect(m_images, &QLineEdit::editingFinished, this,
            [this] { setImagesFolder(m_images->text()); });
    connect(m_prompt, &QLineEdit::editingFinished, this,
            [this] { setPromptFile(m_prompt->text()); });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &RunSetupPanel::updateEngineFields);
    applyConfig(RunConfig());
}

QWidget *RunSetupPanel::withBrowse(QLineEdit *edit, void (RunSetupPanel::*browse)(),
                                   const QString &name)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QPushButton(tr("Browse…"), row);
    button->setAccessibleName(name);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, browse);
    return row;
}

void RunSetupPanel::setImagesFolder(const QString &folder)
{
    m_images->setText(QDir::toNativeSeparators(folder));
    QString error;
    const auto found = folder.isEmpty() ? std::nullopt : discoverImages(folder, &error);
    m_imageCount = found ? int(found->images.size()) : 0;
    if (folder.isEmpty())
        m_imageCountLabel->setText(tr("Drop a folder of specimen images here"));
    else if (!found)
        m_imageCountLabel->setText(error);
    else if (!found->unreadableFolders.isEmpty())
        m_imageCountLabel->setText(tr("%n image(s) found", nullptr, m_imageCount)
                                   + tr("; %n folder(s) could not be read", nullptr,
                                        int(found->unreadableFolders.size())));
    else
        m_imageCountLabel->setText(tr("%n image(s) found", nullptr, m_imageCount));
    Q_EMIT imagesChanged(m_imageCount);
}

void RunSetupPanel::setPromptFile(const QString &path)
{
    m_prompt->setText(QDir::toNativeSeparators(path));
    QString error;
    const std::optional<Prompt> prompt
        = path.isEmpty() ? Prompt::builtIn() : Prompt::load(path, &error);
    if (!prompt) {
        m_promptSha->setText(error);
        m_promptPreview->clear();
        return;
    }
    m_promptSha->setText(tr("SHA-256 %1").arg(prompt->sha256()));
    m_promptSha->setToolTip(m_promptSha->text());
    QString preview = prompt->system();
    if (!preview.isEmpty())
        preview += QStringLiteral("\n\n");
    m_promptPreview->setPlainText(preview + prompt->user());
}

void RunSetupPanel::setOutputFolder(const QString &folder)
{
    m_output->setText(QDir::toNativeSeparators(folder));
}

void RunSetupPanel::applyConfig(const RunConfig &config)
{
    if (!config.imagesFolder.isEmpty())
        setImagesFolder(config.imagesFolder);
    setPromptFile(config.promptPath);
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(config.engine)));
    m_baseUrl->setText(config.baseUrl.toString());
    m_model->setText(config.model);
    if (!config.apiKey.isEmpty())
        m_apiKey->setText(config.apiKey);
    m_concurrency->setValue(config.concurrency);
    m_checkpoint->setValue(config.validation.checkpointSize);
    if (!config.outFolder.isEmpty())
        setOutputFolder(config.outFolder);
    updateEngineFields();
}

RunConfig RunSetupPanel::runConfig()
{
    RunConfig config;
    config.imagesFolder = QDir::fromNativeSeparators(m_images->text().trimmed());
    config.promptPath = QDir::fromNativeSeparators(m_prompt->text().trimmed());
    config.engine = m_engine->currentData().toString();
    config.baseUrl = QUrl(m_baseUrl->text().trimmed());
    config.model = m_model->text().trimmed();
    config.apiKey = m_apiKey->text();
    config.concurrency = m_concurrency->value();
    config.validation.checkpointSize = m_checkpoint->value();
    // Written into the exported metadata: data stays English, like `herbstream run` writes it.
    config.exportSettings.title = QStringLiteral("Herbarium specimens transcribed with Herbstream");
    QString out = QDir::fromNativeSeparators(m_output->text().trimmed());
    if (out.isEmpty() && !config.imagesFolder.isEmpty()) {
        const QDir images(config.imagesFolder);
        out = QDir(images.absolutePath() + QStringLiteral("/.."))
                  .absoluteFilePath(images.dirName() + QStringLiteral("-run-")
                                    + QDateTime::currentDateTimeUtc().toString(
                                        QStringLiteral("yyyyMMdd-HHmmss")));
        setOutputFolder(QDir::cleanPath(out));
    }
    config.outFolder = QDir::cleanPath(out);
    return config;
}

QString RunSetupPanel::imagesFolder() const
{
    return QDir::fromNativeSeparators(m_images->text());
}

QString RunSetupPanel::promptPath() const
{
    return QDir::fromNativeSeparators(m_prompt->text());
}

QString RunSetupPanel::imageCountText() const
{
    return m_imageCountLabel->text();
}

QString RunSetupPanel::promptSha256Text() const
{
    return m_promptSha->text();
}

QString RunSetupPanel::promptPreviewText() const
{
    return m_promptPreview->toPlainText();
}

void RunSetupPanel::loadSettings(const AppSettings &settings)
{
    RunConfig config;
    config.imagesFolder = settings.imagesFolder();
    config.promptPath = settings.promptPath();
    config.engine = settings.engine();
    config.baseUrl = QUrl(settings.baseUrl());
    config.model = settings.model();
    config.concurrency = settings.concurrency();
    applyConfig(config);
}

void RunSetupPanel::saveSettings(AppSettings &settings) const
{
    settings.setImagesFolder(imagesFolder());
    settings.setPromptPath(promptPath());
    settings.setEngine(m_engine->currentData().toString());
    settings.setBaseUrl(m_baseUrl->text());
    settings.setModel(m_model->text());
    settings.setConcurrency(m_concurrency->value());
}

void RunSetupPanel::updateEngineFields()
{
    const bool model = m_engine->currentData().toString() == QLatin1String("openai");
    for (QWidget *field :
         { static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_model),
           static_cast<QWidget *>(m_apiKey), static_cast<QWidget *>(m_promptPreview) })
        field->setEnabled(model);
}

void RunSetupPanel::browseImages()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Image Folder"), imagesFolder());
    if (!folder.isEmpty())
        setImagesFolder(folder);
}

void RunSetupPanel::browsePrompt()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Prompt File"), promptPath(), tr("Prompts (*.prompt *.txt *.md);;All files (*)"));
    if (!path.isEmpty())
        setPromptFile(path);
}

void RunSetupPanel::browseOutput()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Run Folder"), m_output->text());
    if (!folder.isEmpty())
        setOutputFolder(folder);
}

} // namespace herb
