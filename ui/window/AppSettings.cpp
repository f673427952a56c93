#include "window/AppSettings.h"

#include "i18n/TranslationLoader.h"
#include "run/RunConfig.h"

#include <QDir>
#include <QFileInfo>

namespace herb {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kImages = QStringLiteral("run/imagesFolder");
const QString kPrompt = QStringLiteral("run/prompt");
const QString kOutput = QStringLiteral("run/outputFolder");
const QString kEngine = QStringLiteral("run/engine");
const QString kBaseUrl = QStringLiteral("run/baseUrl");
const QString kModel = QStringLiteral("run/model");
const QString kConcurrency = QStringLiteral("run/concurrency");
const QString kCheckpointSize = QStringLiteral("advanced/checkpointSize");
const QString kCheckpointMinRate = QStringLiteral("advanced/checkpointMinRate");
const QString kMonitorEvery = QStringLiteral("advanced/monitorEvery");
const QString kMonitorMinRate = QStringLiteral("advanced/monitorMinRate");
const QString kStallSeconds = QStringLiteral("advanced/stallSeconds");
const QString kMinCoreFields = QStringLiteral("advanced/minCoreFields");
const QString kMaxSide = QStringLiteral("advanced/maxSide");
const QString kOcrLanguages = QStringLiteral("advanced/ocrLanguages");
const QString kTimeout = QStringLiteral("advanced/timeoutSeconds");
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

QString AppSettings::promptPath() const
{
    return m_settings.value(kPrompt).toString();
}

void AppSettings::setPromptPath(const QString &path)
{
    m_settings.setValue(kPrompt, path);
}

QString AppSettings::outputFolder() const
{
    return m_settings.value(kOutput).toString();
}

void AppSettings::setOutputFolder(const QString &folder)
{
    m_settings.setValue(kOutput, folder);
}

QString AppSettings::engine() const
{
    return m_settings.value(kEngine, QStringLiteral("openai")).toString();
}

void AppSettings::setEngine(const QString &engine)
{
    m_settings.setValue(kEngine, engine);
}

QString AppSettings::baseUrl() const
{
    return m_settings.value(kBaseUrl, QStringLiteral("https://openrouter.ai/api/v1")).toString();
}

void AppSettings::setBaseUrl(const QString &url)
{
    m_settings.setValue(kBaseUrl, url);
}

QString AppSettings::model() const
{
    return m_settings.value(kModel, QStringLiteral("openai/gpt-4o-mini")).toString();
}

void AppSettings::setModel(const QString &model)
{
    m_settings.setValue(kModel, model);
}

int AppSettings::concurrency() const
{
    return m_settings.value(kConcurrency, 4).toInt();
}

void AppSettings::setConcurrency(int concurrency)
{
    m_settings.setValue(kConcurrency, concurrency);
}

QString AppSettings::language() const
{
    return m_settings.value(TranslationLoader::settingsKey()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(TranslationLoader::settingsKey(), language);
}

ValidationSettings AppSettings::validation() const
{
    const ValidationSettings defaults;
    ValidationSettings validation = defaults;
    validation.checkpointSize = m_settings.value(kCheckpointSize, defaults.checkpointSize).toInt();
    validation.checkpointMinRate
        = m_settings.value(kCheckpointMinRate, defaults.checkpointMinRate).toDouble();
    validation.monitorEvery = m_settings.value(kMonitorEvery, defaults.monitorEvery).toInt();
    validation.monitorMinRate
        = m_settings.value(kMonitorMinRate, defaults.monitorMinRate).toDouble();
    validation.stallSeconds = m_settings.value(kStallSeconds, defaults.stallSeconds).toInt();
    return validation;
}

void AppSettings::setValidation(const ValidationSettings &validation)
{
    m_settings.setValue(kCheckpointSize, validation.checkpointSize);
    m_settings.setValue(kCheckpointMinRate, validation.checkpointMinRate);
    m_settings.setValue(kMonitorEvery, validation.monitorEvery);
    m_settings.setValue(kMonitorMinRate, validation.monitorMinRate);
    m_settings.setValue(kStallSeconds, validation.stallSeconds);
}

int AppSettings::minCoreFields() const
{
    return m_settings.value(kMinCoreFields, RunConfig().minCoreFields).toInt();
}

void AppSettings::setMinCoreFields(int fields)
{
    m_settings.setValue(kMinCoreFields, fields);
}

int AppSettings::maxSide() const
{
    return m_settings.value(kMaxSide, RunConfig().maxSide).toInt();
}

void AppSettings::setMaxSide(int pixels)
{
    m_settings.setValue(kMaxSide, pixels);
}

QString AppSettings::ocrLanguages() const
{
    return m_settings.value(kOcrLanguages, RunConfig().ocrLanguages).toString();
}

void AppSettings::setOcrLanguages(const QString &languages)
{
    m_settings.setValue(kOcrLanguages, languages);
}

int AppSettings::timeoutSeconds() const
{
    return m_settings.value(kTimeout, RunConfig().timeoutSeconds).toInt();
}

void AppSettings::setTimeoutSeconds(int seconds)
{
    m_settings.setValue(kTimeout, seconds);
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
} // namespace

QStringList AppSettings::recentRuns() const
{
    return m_settings.value(kRecentRuns).toStringList();
}

void AppSettings::setRecentRuns(const QStringList &eventLogs)
{
    m_settings.setValue(kRecentRuns, eventLogs);
}

} // namespace herb
