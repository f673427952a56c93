#pragma once

#include "run/RunConfig.h"
#include "setup/SetupCheck.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace herb {

class AdvancedSettingsBox;
class ApiKeyField;
class ApiKeyStore;
class AppSettings;
class ImageCounter;
class RecentPathsMenu;
class SetupFindingsView;
class SingleSpecimenDialog;
struct FolderCount;

// What a run needs, filled by hand, by browsing or by drops on the window: the image folder
// (with the count of images found), the prompt file (with a preview and its SHA-256), the
// engine, endpoint, model and API key, the concurrency and the run folder, and the folded
// "Advanced" thresholds. The key goes to an ApiKeyStore (the system keychain, or memory for the
// session, which the panel then says), never to AppSettings. "Check" runs the preflight
// without a run (SetupCheck); "Test one specimen" runs the dry run (SingleSpecimenDialog).
class RunSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSetupPanel)

public:
    // keys: where API keys are kept; nullptr: the system keychain (owned by the panel).
    explicit RunSetupPanel(QWidget *parent = nullptr, ApiKeyStore *keys = nullptr);
    ~RunSetupPanel() override;

    void setImagesFolder(const QString &folder);
    void setPromptFile(const QString &path);
    void setOutputFolder(const QString &folder);
    void applyConfig(const RunConfig &config);
    // The run's configuration; picks a run folder beside the images when none is set.
    RunConfig runConfig();
    // The same without picking a run folder (outFolder stays empty when the field is).
    RunConfig draftConfig() const;

    // What every run publishes under (Settings > Publication), carried into each run.
    const DwcExportSettings &exportSettings() const { return m_exportSettings; }
    void setExportSettings(const DwcExportSettings &settings) { m_exportSettings = settings; }

    QString imagesFolder() const;
    QString promptPath() const;
    int imageCount() const { return m_imageCount; } // 0 until counted (imagesChanged)
    bool isCountingImages() const;
    QString imageCountText() const;
    QString promptSha256Text() const;
    QString promptPreviewText() const;

    // Loads the fields, then asks the key store for the endpoint's key.
    void loadSettings(const AppSettings &settings);
    void saveSettings(AppSettings &settings) const;

    // The key in the field goes to the store, filed under the base URL's host (when not empty).
    void storeApiKey();
    // Asks the store for the base URL's key; it fills the field if that is still empty.
    void readApiKey();
    ApiKeyStore *apiKeyStore() const;
    // "No keychain available: ..." when keys are kept for this session only, else empty.
    QString apiKeyNoticeText() const;

    // The "Check" button: findings arrive with checkFinished().
    void checkSetup();
    QList<SetupFinding> findings() const { return m_findings; }
    bool isChecking() const;
    // The "Test one specimen" button: the dialog (deleted on close), or nullptr when there is
    // nothing to test (a finding says why).
    SingleSpecimenDialog *testOneSpecimen();
    SingleSpecimenDialog *singleSpecimenDialog() const;

    QStringList recentImageFolders() const { return m_recentImages; }
    QStringList recentPromptFiles() const { return m_recentPrompts; }
    QMenu *recentImagesMenu() const;
    QMenu *recentPromptsMenu() const;

Q_SIGNALS:
    void imagesChanged(int count);
    void checkFinished(const QList<herb::SetupFinding> &findings);

private:
    void browseImages();
    void browsePrompt();
    void browseOutput();
    void updateEngineFields();
    EngineKind selectedEngine() const;
    QWidget *withBrowse(QLineEdit *edit, void (RunSetupPanel::*browse)(), const QString &name,
                        QMenu *recent = nullptr, const QString &recentName = QString());
    void fillRecentMenus();
    void onCheckFinished(const QList<SetupFinding> &findings);
    void onImagesCounted(const FolderCount &count);

    int m_imageCount = 0;
    QLineEdit *m_images;
    QLabel *m_imageCountLabel;
    QLineEdit *m_prompt;
    QLabel *m_promptSha;
    QPlainTextEdit *m_promptPreview;
    QComboBox *m_engine;
    QLineEdit *m_baseUrl;
    QLineEdit *m_model;
    QLineEdit *m_apiKey;
    QSpinBox *m_concurrency;
    QLineEdit *m_output;
    QLabel *m_keyNotice;
    ApiKeyField *m_keyField = nullptr;
    AdvancedSettingsBox *m_advanced;
    // The publication settings (licence, codes, dataset metadata) as last applied: no field of
    // the panel shows them, and every run must carry them into run.json and the exports.
    DwcExportSettings m_exportSettings;
    QPushButton *m_checkButton;
    QPushButton *m_testButton;
    SetupFindingsView *m_findingsView;
    SetupCheck *m_check;
    ImageCounter *m_imageCounter;
    QList<SetupFinding> m_findings;
    QPointer<SingleSpecimenDialog> m_testDialog;
    QStringList m_recentImages;
    QStringList m_recentPrompts;
    RecentPathsMenu *m_recentImagesMenu;
    RecentPathsMenu *m_recentPromptsMenu;
};

} // namespace herb
