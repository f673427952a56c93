#pragma once

#include "run/RunConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace herb {

class AppSettings;

// What a run needs, filled by hand, by browsing or by drops on the window: the image folder
// (with the count of images found), the prompt file (with a preview and its SHA-256), the
// engine, endpoint, model and API key, the concurrency and the run folder. The key is kept
// in this widget's memory only; saveSettings() never writes it.
class RunSetupPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSetupPanel)

public:
    explicit RunSetupPanel(QWidget *parent = nullptr);

    void setImagesFolder(const QString &folder);
    void setPromptFile(const QString &path);
    void setOutputFolder(const QString &folder);
    void applyConfig(const RunConfig &config);
    // The run's configuration; picks a run folder beside the images when none is set.
    RunConfig runConfig();

    QString imagesFolder() const;
    QString promptPath() const;
    int imageCount() const { return m_imageCount; }
    QString imageCountText() const;
    QString promptSha256Text() const;
    QString promptPreviewText() const;

    void loadSettings(const AppSettings &settings);
    void saveSettings(AppSettings &settings) const;

Q_SIGNALS:
    void imagesChanged(int count);

private:
    void browseImages();
    void browsePrompt();
    void browseOutput();
    void updateEngineFields();
    QWidget *withBrowse(QLineEdit *edit, void (RunSetupPanel::*browse)(), const QString &name);

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
    QSpinBox *m_checkpoint;
    QLineEdit *m_output;
};

} // namespace herb
