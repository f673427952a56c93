#pragma once

#include "monitor/ValidationSettings.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace herb {

// The window's remembered settings, typed, in one place. Never holds a secret: the API key
// stays in memory (RunConfig) and is not written here.
class AppSettings
{
public:
    AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString imagesFolder() const;
    void setImagesFolder(const QString &folder);
    QString promptPath() const;
    void setPromptPath(const QString &path);
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
    QString engine() const;
    void setEngine(const QString &engine);
    QString baseUrl() const;
    void setBaseUrl(const QString &url);
    QString model() const;
    void setModel(const QString &model);
    int concurrency() const;
    void setConcurrency(int concurrency);

    // The interface language: "" (follow the system), "en" or "fr"; read at start-up by
    // TranslationLoader (core), which owns the key.
    QString language() const;
    void setLanguage(const QString &language);

    // Advanced: the validation thresholds and the engines' limits (RunConfig's defaults).
    ValidationSettings validation() const;
    void setValidation(const ValidationSettings &validation);
    int minCoreFields() const;
    void setMinCoreFields(int fields);
    int maxSide() const;
    void setMaxSide(int pixels);
    QString ocrLanguages() const;
    void setOcrLanguages(const QString &languages);
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);
    bool advancedShown() const;
    void setAdvancedShown(bool shown);

    // Most recent first, without duplicates; paths that no longer exist are left out.
    QStringList recentImageFolders() const;
    void setRecentImageFolders(const QStringList &folders);
    QStringList recentPromptFiles() const;
    void setRecentPromptFiles(const QStringList &files);
    static constexpr int kMaxRecent = 8;
    // `list` with `path` put first, duplicates removed, at most kMaxRecent long.
    static QStringList withRecent(QStringList list, const QString &path);

    void sync() { m_settings.sync(); }

    // Event logs opened or written, most recent first (File > Recent Runs).
    QStringList recentRuns() const;
    void setRecentRuns(const QStringList &eventLogs);

private:
    QSettings m_settings;
};

} // namespace herb
