#include "setup/RunSetupPanel.h"

#include "extraction/Prompt.h"
#include "run/RunOptions.h"
#include "setup/AdvancedSettingsBox.h"
#include "setup/ApiKeyField.h"
#include "setup/ImageCounter.h"
#include "setup/KeychainApiKeyStore.h"
#include "setup/SetupFindingsView.h"
#include "setup/SingleSpecimenDialog.h"
#include "window/AppSettings.h"
#include "window/RecentPathsMenu.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace herb {

RunSetupPanel::RunSetupPanel(QWidget *parent, ApiKeyStore *keys)
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
    , m_output(new QLineEdit(this))
    , m_keyNotice(new QLabel(this))
    , m_advanced(new AdvancedSettingsBox(this))
    , m_checkButton(new QPushButton(tr("C&heck"), this))
    , m_testButton(new QPushButton(tr("&Test One Specimen…"), this))
    , m_findingsView(new SetupFindingsView(this))
    , m_check(new SetupCheck(this))
    , m_imageCounter(new ImageCounter(this))
    , m_recentImagesMenu(new RecentPathsMenu(tr("Recent Image Folders"), this))
    , m_recentPromptsMenu(new RecentPathsMenu(tr("Recent Prompts"), this))
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
    m_engine->addItem(tr("Vision model (OpenAI-compatible)"), int(EngineKind::OpenAi));
    m_engine->addItem(tr("Offline (Tesseract OCR)"), int(EngineKind::Tesseract));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_model->setAccessibleName(tr("Model"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_keyField = new ApiKeyField(m_apiKey, m_baseUrl, m_keyNotice,
                                 keys ? keys : new KeychainApiKeyStore(this), this);
    m_concurrency->setAccessibleName(tr("Concurrency"));
    if (const RunOption *concurrency = findRunOption(u"concurrency"))
        m_concurrency->setRange(int(concurrency->minimum), int(concurrency->maximum));
    m_checkButton->setObjectName(QStringLiteral("check"));
    m_testButton->setObjectName(QStringLiteral("testOneSpecimen"));
    m_checkButton->setAccessibleName(tr("Check the setup"));
    m_checkButton->setToolTip(tr("Check the prompt, the images, the run folder, the key and the "
                                 "model without starting a run (Ctrl+Shift+K)"));
    m_checkButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_testButton->setAccessibleName(tr("Test on one specimen"));
    m_testButton->setToolTip(tr("Send one specimen and show the record it gives, without "
                                "starting a run (Ctrl+Shift+T)"));
    m_testButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_output->setAccessibleName(tr("Run folder"));
    m_output->setPlaceholderText(tr("Beside the image folder"));

    // The form at the top; spare height goes below it, not between its rows.
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("&Images:"),
                 withBrowse(m_images, &RunSetupPanel::browseImages,
                            tr("Browse for the image folder"), m_recentImagesMenu,
                            tr("Recent image folders")));
    form->addRow(QString(), m_imageCountLabel);
    form->addRow(tr("&Prompt:"),
                 withBrowse(m_prompt, &RunSetupPanel::browsePrompt,
                            tr("Browse for the prompt file"), m_recentPromptsMenu,
                            tr("Recent prompt files")));
    form->addRow(QString(), m_promptSha);
    form->addRow(QString(), m_promptPreview);
    form->addRow(tr("&Engine:"), m_engine);
    form->addRow(tr("Base &URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_keyNotice);
    form->addRow(tr("&Concurrency:"), m_concurrency);
    form->addRow(
        tr("&Run folder:"),
        withBrowse(m_output, &RunSetupPanel::browseOutput, tr("Browse for the run folder")));
    outer->insertWidget(1, m_advanced);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_checkButton);
    checks->addWidget(m_testButton);
    checks->addStretch(1);
    outer->insertLayout(2, checks);
    outer->insertWidget(3, m_findingsView);

    connect(m_images, &QLineEdit::editingFinished, this,
            [this] { setImagesFolder(m_images->text()); });
    connect(m_prompt, &QLineEdit::editingFinished, this,
            [this] { setPromptFile(m_prompt->text()); });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &RunSetupPanel::updateEngineFields);
    connect(m_checkButton, &QPushButton::clicked, this, &RunSetupPanel::checkSetup);
    connect(m_testButton, &QPushButton::clicked, this, &RunSetupPanel::testOneSpecimen);
    connect(m_check, &SetupCheck::finished, this, &RunSetupPanel::onCheckFinished);
    connect(m_imageCounter, &ImageCounter::progress, this, [this](int found) {
        m_imageCountLabel->setText(tr("Counting the images… %n so far", nullptr, found));
    });
    connect(m_imageCounter, &ImageCounter::counted, this, &RunSetupPanel::onImagesCounted);
    connect(m_recentImagesMenu, &RecentPathsMenu::pathChosen, this,
            &RunSetupPanel::setImagesFolder);
    connect(m_recentPromptsMenu, &RecentPathsMenu::pathChosen, this, &RunSetupPanel::setPromptFile);
    fillRecentMenus();
    applyConfig(RunConfig());
}

QWidget *RunSetupPanel::withBrowse(QLineEdit *edit, void (RunSetupPanel::*browse)(),
                                   const QString &name, QMenu *recent, const QString &recentName)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *button = new QPushButton(tr("Browse…"), row);
    button->setAccessibleName(name);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, browse);
    if (recent) {
        // A push button sizes itself for its menu arrow, a tool button does not.
        auto *recentButton = new QPushButton(tr("Recent"), row);
        recentButton->setAccessibleName(recentName);
        recentButton->setToolTip(recentName);
        recentButton->setMenu(recent);
        layout->addWidget(recentButton);
    }
    return row;
}

RunSetupPanel::~RunSetupPanel()
{
    // ~QWidget destroys the children after this class's members are gone; a focused line edit
    // then loses focus and reports editingFinished into a half-destroyed panel. Stop listening.
    m_images->disconnect(this);
    m_prompt->disconnect(this);
}

void RunSetupPanel::setImagesFolder(const QString &folder)
{
    m_images->setText(QDir::toNativeSeparators(folder));
    m_imageCount = 0;
    if (folder.isEmpty()) {
        m_imageCounter->cancel();
        m_imageCountLabel->setText(tr("Drop a folder of specimen images here"));
    } else {
        // Listed on a pool thread: a folder of 100,000 images must not freeze the window.
        m_imageCountLabel->setText(tr("Counting the images…"));
        m_imageCounter->count(folder);
    }
    Q_EMIT imagesChanged(m_imageCount);
}

bool RunSetupPanel::isCountingImages() const
{
    return m_imageCounter->isCounting();
}

void RunSetupPanel::onImagesCounted(const FolderCount &count)
{
    m_imageCount = count.images;
    if (!count.readable)
        m_imageCountLabel->setText(count.error);
    else if (count.unreadableFolders > 0)
        m_imageCountLabel->setText(
            tr("%n image(s) found", nullptr, m_imageCount)
            + tr("; %n folder(s) could not be read", nullptr, count.unreadableFolders));
    else
        m_imageCountLabel->setText(tr("%n image(s) found", nullptr, m_imageCount));
    if (m_imageCount > 0) {
        m_recentImages = AppSettings::withRecent(m_recentImages, count.folder);
        fillRecentMenus();
    }
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
    if (!path.isEmpty()) {
        m_recentPrompts = AppSettings::withRecent(m_recentPrompts, path);
        fillRecentMenus();
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
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(int(config.engine))));
    m_baseUrl->setText(config.baseUrl.toString());
    m_model->setText(config.model);
    if (!config.apiKey.isEmpty())
        m_apiKey->setText(config.apiKey);
    m_concurrency->setValue(config.concurrency);
    m_advanced->applyConfig(config);
    m_exportSettings = config.exportSettings;
    if (!config.outFolder.isEmpty())
        setOutputFolder(config.outFolder);
    updateEngineFields();
}

RunConfig RunSetupPanel::draftConfig() const
{
    RunConfig config;
    config.imagesFolder = QDir::fromNativeSeparators(m_images->text().trimmed());
    config.promptPath = QDir::fromNativeSeparators(m_prompt->text().trimmed());
    config.engine = selectedEngine();
    config.baseUrl = QUrl(m_baseUrl->text().trimmed());
    config.model = m_model->text().trimmed();
    config.apiKey = m_apiKey->text();
    config.concurrency = m_concurrency->value();
    m_advanced->fillConfig(config);
    config.exportSettings = m_exportSettings;
    const QString out = QDir::fromNativeSeparators(m_output->text().trimmed());
    config.outFolder = out.isEmpty() ? QString() : QDir::cleanPath(out);
    return config;
}

RunConfig RunSetupPanel::runConfig()
{
    RunConfig config = draftConfig();
    QString out = config.outFolder;
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
    RunConfig config = settings.runOptions();
    config.imagesFolder = settings.imagesFolder();
    // Recents first: applying the saved folder then puts it on top, where it belongs.
    m_recentImages = settings.recentImageFolders();
    m_recentPrompts = settings.recentPromptFiles();
    applyConfig(config);
    m_advanced->setExpanded(settings.advancedShown());
    fillRecentMenus();
    readApiKey();
}

void RunSetupPanel::saveSettings(AppSettings &settings) const
{
    settings.setRunOptions(draftConfig());
    settings.setImagesFolder(imagesFolder());
    settings.setAdvancedShown(m_advanced->isExpanded());
    settings.setRecentImageFolders(m_recentImages);
    settings.setRecentPromptFiles(m_recentPrompts);
}

EngineKind RunSetupPanel::selectedEngine() const
{
    return EngineKind(m_engine->currentData().toInt());
}

void RunSetupPanel::updateEngineFields()
{
    const bool model = selectedEngine() == EngineKind::OpenAi;
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

void RunSetupPanel::storeApiKey()
{
    if (selectedEngine() == EngineKind::OpenAi)
        m_keyField->store();
}

void RunSetupPanel::readApiKey()
{
    m_keyField->read();
}

ApiKeyStore *RunSetupPanel::apiKeyStore() const
{
    return m_keyField->keyStore();
}

QString RunSetupPanel::apiKeyNoticeText() const
{
    return m_keyField->noticeText();
}

bool RunSetupPanel::isChecking() const
{
    return m_check->isRunning();
}

void RunSetupPanel::checkSetup()
{
    storeApiKey();
    m_checkButton->setEnabled(false);
    m_findingsView->showChecking();
    m_check->start(draftConfig());
}

void RunSetupPanel::onCheckFinished(const QList<SetupFinding> &findings)
{
    m_findings = findings;
    m_checkButton->setEnabled(true);
    m_findingsView->showFindings(findings);
    Q_EMIT checkFinished(findings);
}

SingleSpecimenDialog *RunSetupPanel::singleSpecimenDialog() const
{
    return m_testDialog.data();
}

SingleSpecimenDialog *RunSetupPanel::testOneSpecimen()
{
    if (m_testDialog)
        return m_testDialog;
    if (isCountingImages()) {
        onCheckFinished({ { SetupFinding::Level::Warning,
                            tr("The images of the folder are still being counted; try again "
                               "in a moment.") } });
        return nullptr;
    }
    if (m_imageCount == 0) {
        onCheckFinished(
            { { SetupFinding::Level::Error, tr("Choose a folder with specimen images first.") } });
        return nullptr;
    }
    storeApiKey();
    m_testDialog = new SingleSpecimenDialog(draftConfig(), this);
    m_testDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_testDialog->open();
    m_testDialog->start();
    return m_testDialog;
}

void RunSetupPanel::fillRecentMenus()
{
    m_recentImagesMenu->setPaths(m_recentImages);
    m_recentPromptsMenu->setPaths(m_recentPrompts);
}

QMenu *RunSetupPanel::recentImagesMenu() const
{
    return m_recentImagesMenu;
}

QMenu *RunSetupPanel::recentPromptsMenu() const
{
    return m_recentPromptsMenu;
}

} // namespace herb
