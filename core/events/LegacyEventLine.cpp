#include "LegacyEventLine.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace herb::LegacyEventLine {

namespace {

// Python's isoformat() writes microseconds ("…:00.123456+00:00"); Herbstream's logs have
// milliseconds and "Z". Qt reads at most milliseconds, so the fraction is cut to three digits.
QString normalisedTimestamp(const QString &text)
{
    static const QRegularExpression micro(QStringLiteral("(\\.\\d{3})\\d+"));
    QString trimmed = text;
    trimmed.replace(micro, QStringLiteral("\\1"));
    const QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return text; // the parser then reports the line's bad timestamp
    return parsed.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

// Moves `from` to `to` in `object` when `to` is not there yet.
void rename(QJsonObject &object, const QString &from, const QString &to)
{
    if (object.contains(from) && !object.contains(to))
        object.insert(to, object.take(from));
}

} // namespace

bool looksLegacy(QByteArrayView line)
{
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray());
    if (!doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    return root.value(QLatin1String("event_type")).isString()
        && !root.contains(QLatin1String("run_id")) && !root.contains(QLatin1String("seq"));
}

std::optional<QByteArray> toCurrent(QByteArrayView line, qint64 seq, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = doc.isNull() ? parseError.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    QJsonObject root = doc.object();
    QString type = root.value(QLatin1String("event_type")).toString();
    QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (type == QLatin1String("validation.checkpoint")) {
        rename(data, QStringLiteral("checkpoint"), QStringLiteral("checked"));
    } else if (type == QLatin1String("extraction.started")) {
        rename(data, QStringLiteral("total_specimens"), QStringLiteral("specimen_count"));
    } else if (type == QLatin1String("specimen.completed")
               && data.value(QLatin1String("success")) == QJsonValue(false)) {
        type = QStringLiteral("specimen.failed");
    }
    root.insert(QStringLiteral("event_type"), type);
    root.insert(QStringLiteral("data"), data);
    root.insert(QStringLiteral("timestamp"),
                normalisedTimestamp(root.value(QLatin1String("timestamp")).toString()));
    // No run id was written: the summary names the format instead.
    root.insert(QStringLiteral("run_id"), QStringLiteral("(older format)"));
    root.insert(QStringLiteral("seq"), seq);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace herb::LegacyEventLine
