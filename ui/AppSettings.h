#pragma once

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

    void sync() { m_settings.sync(); }

    // Event logs opened or written, most recent first (File > Recent Runs).
    QStringList recentRuns() const;
    void setRecentRuns(const QStringList &eventLogs);

private:
    QSettings m_settings;
};

} // namespace herb
