#include "window/MainWindow.h"

#include "alerts/ArchiveCheckBanner.h"
#include "alerts/StoppedDialog.h"
#include "alerts/WarningBanner.h"
#include "alerts/WarningNotifier.h"
#include "dashboard/RunDashboard.h"
#include "eventlog/EventLogView.h"
#include "events/EventLogFollower.h"
#include "review/ReExtractDialog.h"
#include "review/ReviewExportDialog.h"
#include "review/ReviewLog.h"
#include "review/SpecimenReviewView.h"
#include "review/TruthComparisonDialog.h"
#include "setup/PublicationDialog.h"
#include "setup/RunSetupPanel.h"
#include "window/AboutDialog.h"
#include "window/AppSettings.h"
#include "window/DropClassifier.h"
#include "window/LanguageMenu.h"
#include "window/RecentRuns.h"
#include "window/RunResume.h"
#include "window/RunSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <memory>

namespace herb {

MainWindow::MainWindow(QWidget *parent, ApiKeyStore *keys)
    : QMainWindow(parent)
    , m_settings(std::make_unique<AppSettings>())
    , m_setup(new RunSetupPanel(this, keys))
    , m_dashboard(new RunDashboard(this))
    , m_eventLog(new EventLogView(this))
    , m_tabs(new QTabWidget(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("Sto&p"), this))
    , m_resume(new QPushButton(tr("Res&ume"), this))
    , m_state(new QLabel(this))
    , m_review(new SpecimenReviewView(this))
    , m_banner(new WarningBanner(this))
    , m_archiveBanner(new ArchiveCheckBanner(this))
    , m_notifier(new WarningNotifier(this))
{
    setWindowTitle(tr("Herbstream"));
    setAcceptDrops(true);

    m_start->setObjectName(QStringLiteral("start"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_resume->setObjectName(QStringLiteral("resume"));
    m_tabs->setObjectName(QStringLiteral("runViews"));
    m_start->setAccessibleName(tr("Start run"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_start->setToolTip(tr("Start the run (Ctrl+R)"));
    m_stop->setAccessibleName(tr("Stop run"));
    m_stop->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stop->setToolTip(tr("Stop the run (Ctrl+.)"));
    m_state->setAccessibleName(tr("Run state"));
    connect(m_start, &QPushButton::clicked, this, &MainWindow::startRun);
    connect(m_stop, &QPushButton::clicked, this, &MainWindow::stopRun);
    m_resume->setAccessibleName(tr("Resume run"));
    m_resume->setToolTip(tr("Continue the stopped run in its folder: finished specimens are "
                            "skipped (Ctrl+Shift+R)"));
    connect(m_resume, &QPushButton::clicked, this, &MainWindow::resumeRun);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_setup);
    scroll->setWidgetResizable(true);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(scroll, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_state);

    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    connect(m_review, &SpecimenReviewView::reExtractRequested, this, &MainWindow::reExtract);
    connect(m_review, &SpecimenReviewView::flaggedCountChanged, m_dashboard,
            &RunDashboard::setRecordsFlagged);
    m_tabs->addTab(m_eventLog, tr("E&vents"));
    m_tabs->addTab(m_review, tr("Spe&cimens"));
    m_tabs->setAccessibleName(tr("Run views"));
    // The banner sits above the tabs: a warning shows whichever view is open.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_archiveBanner);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 420, 860 });
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Never narrower than the setup needs (French labels are longer), or its fields are cut off.
    scroll->setMinimumWidth(m_setup->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth());
    setCentralWidget(splitter);
    createMenus();

    m_setup->loadSettings(*m_settings);
    m_review->setReviewer(m_settings->reviewerName());
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1280, 800);
    updateButtons();
    showStatus(tr("Drop a folder of images, a prompt file or an events.jsonl on the window."));
}

MainWindow::~MainWindow()
{
    delete m_session; // interrupts and waits for its thread
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Run…"), this, &MainWindow::openRunDialog);
    open->setShortcut(QKeySequence::Open);
    createRunMenuItems(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addMenu(new LanguageMenu(this));
    QAction *publication
        = settings->addAction(tr("&Publication…"), this, &MainWindow::editPublication);
    publication->setObjectName(QStringLiteral("publication"));
    QAction *reviewer = settings->addAction(tr("&Reviewer Name…"), this, &MainWindow::editReviewer);
    reviewer->setObjectName(QStringLiteral("reviewerName"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Herbstream…"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::editPublication()
{
    auto *dialog = new PublicationDialog(m_setup->exportSettings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_setup->setExportSettings(dialog->settings());
        m_setup->saveSettings(*m_settings); // stored once, for every later run
    });
    dialog->open();
}

ReExtractDialog *MainWindow::reExtract(const SpecimenRecord &record)
{
    if (isRunning() || m_runFolder.isEmpty()) {
        // The run writes records.jsonl: a second writer would race its resume bookkeeping.
        showStatus(tr("A sheet can be extracted again once the run has ended."));
        return nullptr;
    }
    auto *dialog = new ReExtractDialog(m_setup->draftConfig(), record, m_runFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReExtractDialog::newRecordKept, m_review, [this](const QString &id) {
        m_review->readRecords();
        m_review->selectSpecimen(id);
    });
    dialog->open();
    return dialog;
}

void MainWindow::editReviewer()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Reviewer Name"),
        tr("Your name in reviews.jsonl (empty: the system's user name, %1):")
            .arg(ReviewLog::systemReviewer()),
        QLineEdit::Normal, m_settings->reviewerName(), &ok);
    if (!ok)
        return;
    m_settings->setReviewerName(name.trimmed());
    m_review->setReviewer(name.trimmed());
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createRunMenuItems(QMenu *file)
{
    m_recent = new RecentRuns(*m_settings, file->addMenu(tr("Recent &Runs")), this);
    connect(m_recent, &RecentRuns::openRequested, this, &MainWindow::openRunLog);
    m_resumeAction = file->addAction(tr("Res&ume Run"), this, &MainWindow::resumeRun);
    m_resumeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_openOutput = file->addAction(tr("Open Output &Folder"), this, &MainWindow::openOutputFolder);
    m_openOutput->setObjectName(QStringLiteral("openOutputFolder"));
    m_openOutput->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // Needs what Open Output Folder needs: a run folder on disk.
    QAction *compare
        = file->addAction(tr("Compare with &Truth…"), this, [this] { compareWithTruth(); });
    compare->setObjectName(QStringLiteral("compareWithTruth"));
    compare->setEnabled(m_openOutput->isEnabled());
    connect(m_openOutput, &QAction::enabledChanged, compare, &QAction::setEnabled);
    QAction *exportReviewed = file->addAction(tr("&Export Reviewed Records…"), this, [this] {
        if (m_runFolder.isEmpty())
            return;
        if (isRunning()) {
            // The run writes the same files when its session ends, with the review applied.
            showStatus(tr("The records are exported when the run ends; export again after."));
            return;
        }
        auto *dialog = new ReviewExportDialog(m_runFolder, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    exportReviewed->setObjectName(QStringLiteral("exportReviewed"));
    exportReviewed->setEnabled(m_openOutput->isEnabled());
    connect(m_openOutput, &QAction::enabledChanged, exportReviewed, &QAction::setEnabled);
}

TruthComparisonDialog *MainWindow::compareWithTruth(const QString &truthPath)
{
    if (m_runFolder.isEmpty())
        return nullptr;
    QString path = truthPath;
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Truth Table"), m_runFolder,
                                            tr("CSV files (*.csv *.tsv *.txt)"));
    if (path.isEmpty())
        return nullptr;
    auto *dialog = new TruthComparisonDialog(m_runFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TruthComparisonDialog::specimenRequested, this, [this](const QString &id) {
        if (m_review->selectSpecimen(id))
            m_tabs->setCurrentWidget(m_review);
    });
    dialog->compare(path);
    dialog->show(); // not modal: the curator looks at the specimens it opens
    return dialog;
}

void MainWindow::applyConfig(const RunConfig &config)
{
    m_setup->applyConfig(config);
}

StoppedDialog *MainWindow::stoppedDialog() const
{
    return m_stoppedDialog.data();
}

bool MainWindow::isRunning() const
{
    return m_session && m_session->isRunning();
}

void MainWindow::resetViews()
{
    delete m_follower;
    m_follower = nullptr;
    if (m_stoppedDialog)
        m_stoppedDialog->close();
    m_summary = RunSummary();
    m_lastNotice.clear();
    m_dashboard->clear();
    m_eventLog->clear();
    m_review->clear();
    m_banner->hide();
    m_archiveBanner->hide();
}

bool MainWindow::startRun()
{
    if (isRunning())
        return false;
    RunConfig config = m_setup->runConfig();
    if (m_setup->isCountingImages()) {
        showStatus(tr("The images of the folder are still being counted."));
        return false;
    }
    if (config.imagesFolder.isEmpty() || m_setup->imageCount() == 0) {
        showStatus(tr("Choose a folder with specimen images first."));
        return false;
    }
    m_setup->saveSettings(*m_settings);
    m_setup->storeApiKey();
    m_settings->setOutputFolder(QFileInfo(config.outFolder).absolutePath());
    return launch(std::move(config), false);
}

void MainWindow::startRunOnceCounted()
{
    if (!m_setup->isCountingImages()) {
        startRun();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_setup, &RunSetupPanel::imagesChanged, this, [this, once] {
        if (m_setup->isCountingImages())
            return;
        disconnect(*once);
        startRun();
    });
}

bool MainWindow::canResume() const
{
    return !isRunning() && !m_runFolder.isEmpty() && RunResume::isUnfinished(m_summary);
}

bool MainWindow::resumeRun()
{
    if (!canResume())
        return false;
    // The views keep the earlier sessions: the new one continues their seq and sequence.
    return launch(RunResume::configFor(m_setup->runConfig(), m_runFolder, m_summary), true);
}

bool MainWindow::launch(RunConfig config, bool keepViews)
{
    if (keepViews) {
        delete m_follower;
        m_follower = nullptr;
        if (m_stoppedDialog)
            m_stoppedDialog->close();
        m_banner->hide();
        m_archiveBanner->hide();
    } else {
        resetViews();
    }
    delete m_session;
    m_runFolder = config.outFolder;
    m_review->setRunFolder(m_runFolder);
    m_recent->add(QDir(m_runFolder).filePath(QStringLiteral("events.jsonl")));
    m_session = new RunSession(std::move(config), this);
    connect(m_session, &RunSession::eventsDelivered, this, &MainWindow::addEvents);
    connect(m_session, &RunSession::notice, this, [this](const QString &text) {
        m_lastNotice = text;
        showStatus(text);
    });
    connect(m_session, &RunSession::archiveChecked, m_archiveBanner,
            &ArchiveCheckBanner::showResult);
    connect(m_session, &RunSession::finished, this, &MainWindow::onRunFinished);
    m_session->start();
    m_tabs->setCurrentWidget(m_dashboard);
    showStatus(tr("Running into %1").arg(QDir::toNativeSeparators(m_runFolder)));
    updateButtons();
    return true;
}

void MainWindow::stopRun()
{
    if (!isRunning())
        return;
    showStatus(tr("Stopping…"));
    m_session->interrupt();
}

bool MainWindow::openRunLog(const QString &eventsPath)
{
    if (isRunning()) {
        showStatus(tr("Stop the current run before opening another."));
        return false;
    }
    if (!QFileInfo(eventsPath).isFile()) {
        showStatus(tr("%1 is not an event log.").arg(QDir::toNativeSeparators(eventsPath)));
        return false;
    }
    resetViews();
    m_runFolder = QFileInfo(eventsPath).absolutePath();
    m_recent->add(eventsPath);
    m_follower = new EventLogFollower(eventsPath, this);
    connect(m_follower, &EventLogFollower::eventsRead, this, &MainWindow::addEvents);
    connect(m_follower, &EventLogFollower::readFailed, this, &MainWindow::showStatus);
    m_follower->poll();
    m_follower->start(500);
    m_review->setRunFolder(m_runFolder);
    updateButtons();
    m_tabs->setCurrentWidget(m_dashboard);
    showStatus(tr("Watching %1").arg(QDir::toNativeSeparators(eventsPath)));
    return true;
}

void MainWindow::addEvents(const EventBatch &batch)
{
    for (const Event &event : batch)
        m_summary.observe(event);
    m_dashboard->addEvents(batch);
    m_eventLog->addEvents(batch);
    m_review->addEvents(batch);
    // Notifications are for a run going on now, not for warnings read from an old log.
    const std::optional<ValidationWarning> warning = m_banner->showLatest(batch);
    if (warning && m_summary.state() == RunSummary::State::Running)
        m_notifier->warn(tr("Herbstream: the run needs a look"), WarningBanner::describe(*warning),
                         isActiveWindow());
    // A followed log can end (or a killed writer leave it unfinished): Resume follows that.
    if (!isRunning())
        updateButtons();
    else if (!m_openOutput->isEnabled())
        m_openOutput->setEnabled(QFileInfo(m_runFolder).isDir());
}

void MainWindow::showFailedSpecimens()
{
    if (m_stoppedDialog)
        m_stoppedDialog->close();
    m_review->setFailedOnly(true);
    m_tabs->setCurrentWidget(m_review);
}

void MainWindow::openOutputFolder()
{
    if (!m_runFolder.isEmpty() && QFileInfo(m_runFolder).isDir())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_runFolder));
}

void MainWindow::onRunFinished(int exitCode)
{
    m_dashboard->redraw();
    updateButtons();
    const std::optional<ExtractionFailed> &failure = m_summary.failure();
    const bool interrupted = failure && failure->reason == FailureReason::Interrupted;
    if (exitCode == 0)
        showStatus(
            tr("Run finished: %1 specimens processed.").arg(m_summary.metrics().totalProcessed()));
    else if (interrupted)
        showStatus(tr("Run stopped on request."));
    else
        showStopped();
    Q_EMIT runFinished(exitCode);
}

void MainWindow::showStopped()
{
    RunSummary summary = m_summary;
    if (!summary.failure()) // stopped before its log opened: the notice says why
        summary.observe(Event::extractionFailed(FailureReason::PreflightFailed, m_lastNotice));
    showStatus(StoppedDialog::explanation(summary));
    if (m_stoppedDialog)
        m_stoppedDialog->close();
    m_stoppedDialog = new StoppedDialog(summary, m_runFolder, this);
    m_stoppedDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_stoppedDialog, &StoppedDialog::showFailedRequested, this,
            &MainWindow::showFailedSpecimens);
    m_stoppedDialog->setWindowModality(Qt::ApplicationModal);
    m_stoppedDialog->show();
}

void MainWindow::updateButtons()
{
    const bool running = isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_setup->setEnabled(!running);
    m_resume->setEnabled(canResume());
    m_resumeAction->setEnabled(canResume());
    m_openOutput->setEnabled(!m_runFolder.isEmpty() && QFileInfo(m_runFolder).isDir());
    m_state->setText(running ? tr("Running") : tr("Idle"));
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::openRunDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Run"), m_settings->outputFolder(), tr("Event logs (events.jsonl *.jsonl)"));
    if (!path.isEmpty())
        openRunLog(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()
        && !DroppedFiles::classify(event->mimeData()->urls()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasUrls() && handleDrop(event->mimeData()->urls()))
        event->acceptProposedAction();
}

bool MainWindow::handleDrop(const QList<QUrl> &urls)
{
    const DroppedFiles dropped = DroppedFiles::classify(urls);
    if (!dropped.eventLog.isEmpty())
        return openRunLog(dropped.eventLog);
    if (isRunning()) {
        showStatus(tr("The run setup cannot change while a run is going."));
        return false;
    }
    if (!dropped.imagesFolder.isEmpty())
        m_setup->setImagesFolder(dropped.imagesFolder);
    if (!dropped.promptFile.isEmpty())
        m_setup->setPromptFile(dropped.promptFile);
    return !dropped.isEmpty();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isRunning()) {
        // Let the run close its log (reason "interrupted") before the window goes.
        QEventLoop loop;
        connect(m_session, &RunSession::finished, &loop, &QEventLoop::quit);
        m_session->interrupt();
        loop.exec();
    }
    m_setup->saveSettings(*m_settings);
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->sync();
    event->accept();
}

} // namespace herb
