#pragma once

#include "events/Event.h"
#include "monitor/RunSummary.h"
#include "run/RunConfig.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTabWidget;

namespace herb {

class ApiKeyStore;
class AppSettings;
class EventLogFollower;
class EventLogView;
class RunDashboard;
class RunSession;
class ReExtractDialog;
class RecentRuns;
class RunSetupPanel;
class SpecimenReviewView;
struct SpecimenRecord;
class TruthComparisonDialog;
class StoppedDialog;
class ArchiveCheckBanner;
class WarningBanner;
class WarningNotifier;

// The desktop application's window: run setup on the left, the live dashboard and the event
// log on the right. Folders, image files, prompt files and events.jsonl can be dropped
// anywhere on it. A run goes through RunSession (a RunController on a worker thread); a
// dropped or opened events.jsonl is followed with EventLogFollower into the same views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // keys: where API keys are kept; nullptr: the system keychain (tests pass a fake).
    explicit MainWindow(QWidget *parent = nullptr, ApiKeyStore *keys = nullptr);
    ~MainWindow() override;

    void applyConfig(const RunConfig &config);
    // Both return false, and say why in the status bar, when they cannot start.
    bool startRun();
    // startRun() as soon as the image folder is counted (it is counted off the GUI thread):
    // `herbstream gui IMAGES --start`.
    void startRunOnceCounted();
    bool openRunLog(const QString &eventsPath);
    void stopRun();
    bool isRunning() const;
    // Continues the run folder on display (stopped, or opened unfinished); false when it cannot.
    bool resumeRun();
    bool canResume() const;
    // Opens the run folder in the desktop's file manager.
    void openOutputFolder();
    // Scores the run folder on display against a truth table (asked for when `truthPath` is
    // empty) in a dialog that shows `herbstream score`'s table; null when there is nothing to
    // compare.
    TruthComparisonDialog *compareWithTruth(const QString &truthPath = {});
    // Switches to the Specimens tab listing only the failed ones.
    void showFailedSpecimens();
    // The workbench's Re-extract: the sheet sent again with the setup's engine (or a model
    // and prompt chosen in the dialog); null while a run goes on.
    ReExtractDialog *reExtract(const SpecimenRecord &record);

    StoppedDialog *stoppedDialog() const; // while it is open
    QString runFolder() const { return m_runFolder; }

Q_SIGNALS:
    void runFinished(int exitCode);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createRunMenuItems(QMenu *file);
    bool launch(RunConfig config, bool keepViews);
    void resetViews();
    void addEvents(const herb::EventBatch &batch);
    void onRunFinished(int exitCode);
    void showStopped();
    void updateButtons();
    void showStatus(const QString &text);
    void openRunDialog();
    void showAbout();
    void editPublication(); // Settings > Publication…
    void editReviewer(); // Settings > Reviewer Name…
    bool handleDrop(const QList<QUrl> &urls);

    std::unique_ptr<AppSettings> m_settings;
    RunSetupPanel *m_setup;
    RunDashboard *m_dashboard;
    EventLogView *m_eventLog;
    QTabWidget *m_tabs;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QLabel *m_state;
    SpecimenReviewView *m_review;
    WarningBanner *m_banner;
    ArchiveCheckBanner *m_archiveBanner;
    WarningNotifier *m_notifier;
    RecentRuns *m_recent = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_openOutput = nullptr;
    RunSession *m_session = nullptr;
    EventLogFollower *m_follower = nullptr;
    QPointer<StoppedDialog> m_stoppedDialog;
    RunSummary m_summary;
    QString m_runFolder;
    QString m_lastNotice;
};

} // namespace herb
