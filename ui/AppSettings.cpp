#include "AppSettings.h"

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
