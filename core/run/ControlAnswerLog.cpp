#include "ControlAnswerLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace herb {

ControlAnswerLog::ControlAnswerLog(std::unique_ptr<QFile> file)
    : m_file(std::move(file))
{ }

std::unique_ptr<ControlAnswerLog> ControlAnswerLog::open(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QCoreApplication::translate("ControlAnswerLog", "%1: cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file->errorString());
        return nullptr;
    }
    return std::unique_ptr<ControlAnswerLog>(new ControlAnswerLog(std::move(file)));
}

bool ControlAnswerLog::append(const ControlScore &score, const EngineOutcome &outcome,
                              QString *error)
{
    QJsonObject dwc;
    for (auto it = outcome.record.dwc.cbegin(); it != outcome.record.dwc.cend(); ++it)
        dwc.insert(it.key(), it.value());
    QJsonObject line {
        { QStringLiteral("specimen_id"), score.specimenId },
        { QStringLiteral("session"), score.session },
        { QStringLiteral("recheck"), score.recheck },
        { QStringLiteral("timestamp"),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("success"), outcome.success },
        { QStringLiteral("compared"), score.compared },
        { QStringLiteral("exact"), score.exact },
        { QStringLiteral("accuracy"), score.accuracy() },
        { QStringLiteral("dwc"), dwc },
    };
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
            *error = QCoreApplication::translate("ControlAnswerLog", "%1: cannot be written: %2")
                         .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        return false;
    }
    return true;
}

} // namespace herb
