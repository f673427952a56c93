#include "SideAnswerLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace herb {

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    // The context of the texts translated when this was the control sheets' own log.
    return QCoreApplication::translate("ControlAnswerLog", "%1: cannot be written: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

SideAnswerLog::SideAnswerLog(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
{ }

std::unique_ptr<SideAnswerLog> SideAnswerLog::open(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = cannotWrite(path, file->errorString());
        return nullptr;
    }
    return std::unique_ptr<SideAnswerLog>(new SideAnswerLog(std::move(file)));
}

bool SideAnswerLog::append(QJsonObject line, const EngineOutcome &outcome, QString *error)
{
    QJsonObject dwc;
    for (auto it = outcome.record.dwc.cbegin(); it != outcome.record.dwc.cend(); ++it)
        dwc.insert(it.key(), it.value());
    line.insert(QStringLiteral("timestamp"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("success"), outcome.success);
    line.insert(QStringLiteral("dwc"), dwc);
    if (!outcome.success)
        line.insert(QStringLiteral("error"), nameOf(outcome.error.kind));
    if (!outcome.usage.isEmpty())
        line.insert(
            QStringLiteral("usage"),
            QJsonObject { { QStringLiteral("prompt_tokens"), outcome.usage.promptTokens },
                          { QStringLiteral("completion_tokens"), outcome.usage.completionTokens },
                          { QStringLiteral("cost"), outcome.usage.cost } });
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (m_file->write(bytes) != bytes.size() || !m_file->flush()) {
        if (error)
            *error = cannotWrite(m_file->fileName(), m_file->errorString());
        return false;
    }
    return true;
}

} // namespace herb
