#pragma once

#include "run/RunConfig.h"

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

    // The interface language: "" (follow the system), "en" or "fr"; read at start-up by
    // TranslationLoader (core), which owns the key.
    QString language() const;
    void setLanguage(const QString &language);

    // Every run option the window remembers (those of the table with a settings key,
    // RunOptions.h), over RunConfig's defaults; the rest of the RunConfig is left as is.
    RunConfig runOptions() const;
    void readRunOptions(RunConfig &config) const;
    void setRunOptions(const RunConfig &config);
    QString outputFolder() const;
    void setOutputFolder(const QString &folder);
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

    // Who review decisions are from (reviews.jsonl); empty: the OS user name.
    QString reviewerName() const;
    void setReviewerName(const QString &name);

    // Event logs opened or written, most recent first (File > Recent Runs).
    QStringList recentRuns() const;
    void setRecentRuns(const QStringList &eventLogs);

private:
    QSettings m_settings;
};

} // namespace herb
