#include "window/AppSettings.h"

#include "i18n/TranslationLoader.h"
#include "run/RunOptions.h"

#include <QDir>
#include <QFileInfo>

namespace herb {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kImages = QStringLiteral("run/imagesFolder");
const QString kOutput = QStringLiteral("run/outputFolder");
const QString kAdvancedShown = QStringLiteral("advanced/shown");
const QString kRecentImages = QStringLiteral("recent/imageFolders");
const QString kRecentPrompts = QStringLiteral("recent/promptFiles");

// Recents as stored, without the ones that are gone (a moved folder, an unplugged disk).
QStringList existing(const QStringList &paths, bool folders)
{
    QStringList kept;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
        if (!path.isEmpty() && (folders ? info.isDir() : info.isFile()) && !kept.contains(clean))
            kept.append(clean);
    }
    return kept.mid(0, AppSettings::kMaxRecent);
}

} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QString AppSettings::imagesFolder() const
{
    return m_settings.value(kImages).toString();
}

void AppSettings::setImagesFolder(const QString &folder)
{
    m_settings.setValue(kImages, folder);
}

QString AppSettings::outputFolder() const
{
    return m_settings.value(kOutput).toString();
}

void AppSettings::setOutputFolder(const QString &folder)
{
    m_settings.setValue(kOutput, folder);
}

QString AppSettings::language() const
{
    return m_settings.value(TranslationLoader::settingsKey()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(TranslationLoader::settingsKey(), language);
}

RunConfig AppSettings::runOptions() const
{
    RunConfig config;
    readRunOptions(config);
    return config;
}

void AppSettings::readRunOptions(RunConfig &config) const
{
    for (const RunOption &option : herb::runOptions()) {
        if (!option.settingsKey)
            continue;
        const QVariant stored = m_settings.value(QLatin1String(option.settingsKey));
        if (stored.isValid())
            option.field.set(config, stored);
    }
}

void AppSettings::setRunOptions(const RunConfig &config)
{
    for (const RunOption &option : herb::runOptions()) {
        if (!option.settingsKey)
            continue;
        QVariant value = option.field.get(config);
        if (option.field.kind == RunField::Kind::Url)
            value = value.toUrl().toString(); // stored as typed, readable in the file
        m_settings.setValue(QLatin1String(option.settingsKey), value);
    }
}

bool AppSettings::advancedShown() const
{
    return m_settings.value(kAdvancedShown, false).toBool();
}

void AppSettings::setAdvancedShown(bool shown)
{
    m_settings.setValue(kAdvancedShown, shown);
}

QStringList AppSettings::recentImageFolders() const
{
    return existing(m_settings.value(kRecentImages).toStringList(), true);
}

void AppSettings::setRecentImageFolders(const QStringList &folders)
{
    m_settings.setValue(kRecentImages, folders.mid(0, kMaxRecent));
}

QStringList AppSettings::recentPromptFiles() const
{
    return existing(m_settings.value(kRecentPrompts).toStringList(), false);
}

void AppSettings::setRecentPromptFiles(const QStringList &files)
{
    m_settings.setValue(kRecentPrompts, files.mid(0, kMaxRecent));
}

QStringList AppSettings::withRecent(QStringList list, const QString &path)
{
    if (path.isEmpty())
        return list.mid(0, kMaxRecent);
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    list.removeIf([&clean](const QString &entry) {
        return QDir::cleanPath(QDir::fromNativeSeparators(entry)) == clean;
    });
    list.prepend(clean);
    return list.mid(0, kMaxRecent);
}

} // namespace herb

namespace herb {

namespace {
const QString kRecentRuns = QStringLiteral("runs/recent");
const QString kReviewer = QStringLiteral("review/reviewerName");
} // namespace

QString AppSettings::reviewerName() const
{
    return m_settings.value(kReviewer).toString();
}

void AppSettings::setReviewerName(const QString &name)
{
    if (name.isEmpty())
        m_settings.remove(kReviewer);
    else
        m_settings.setValue(kReviewer, name);
}

QStringList AppSettings::recentRuns() const
{
    return m_settings.value(kRecentRuns).toStringList();
}

void AppSettings::setRecentRuns(const QStringList &eventLogs)
{
    m_settings.setValue(kRecentRuns, eventLogs);
}

} // namespace herb
