#include "SpecimenRecord.h"

#include <QDateTime>
#include <QJsonArray>

namespace herb {

namespace {
QJsonObject mapToJson(const QMap<QString, QString> &map)
{
    QJsonObject json;
    for (auto it = map.begin(); it != map.end(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// Herbstream writes every dwc value as a string, but records written by other tools may hold
// numbers ({"recordNumber": 2734}) or booleans: they are values too, not empty cells.
QString dwcValueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 15);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}
} // namespace

QJsonObject SpecimenRecord::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("specimen_id"), specimenId);
    json.insert(QStringLiteral("image"), image);
    json.insert(QStringLiteral("sha256"), sha256);
    if (fileSize >= 0)
        json.insert(QStringLiteral("file_size"), fileSize);
    if (fileModifiedMs != 0)
        json.insert(QStringLiteral("file_modified_ms"), fileModifiedMs);
    if (!duplicatePaths.isEmpty())
        json.insert(QStringLiteral("duplicate_paths"), QJsonArray::fromStringList(duplicatePaths));
    json.insert(QStringLiteral("status"),
                success ? QStringLiteral("success") : QStringLiteral("failed"));
    if (!success)
        json.insert(QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("kind"), nameOf(error.kind) },
                                  { QStringLiteral("status"), error.status },
                                  { QStringLiteral("message"), error.message } });
    json.insert(QStringLiteral("dwc"), mapToJson(record.dwc));
    QJsonObject confidence;
    for (auto it = record.confidence.begin(); it != record.confidence.end(); ++it)
        confidence.insert(it.key(), it.value());
    json.insert(QStringLiteral("confidence"), confidence);
    json.insert(QStringLiteral("extra"), record.extra);
    json.insert(QStringLiteral("raw_response"), rawResponse);
    json.insert(QStringLiteral("attempts"), attempts);
    json.insert(QStringLiteral("latency_ms"), latencyMs);
    json.insert(QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), usage.promptTokens },
                              { QStringLiteral("completion_tokens"), usage.completionTokens },
                              { QStringLiteral("cost"), usage.cost } });
    json.insert(QStringLiteral("engine"), engine);
    json.insert(QStringLiteral("model"), model);
    json.insert(QStringLiteral("prompt_sha256"), promptSha256);
    json.insert(QStringLiteral("session"), session);
    json.insert(QStringLiteral("timestamp"),
                QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!preparation.isEmpty())
        json.insert(QStringLiteral("preparation"), preparation);
    json.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    return json;
}

SpecimenRecord SpecimenRecord::fromJson(const QJsonObject &json)
{
    SpecimenRecord r;
    r.specimenId = json.value(QLatin1String("specimen_id")).toString();
    r.image = json.value(QLatin1String("image")).toString();
    r.sha256 = json.value(QLatin1String("sha256")).toString();
    r.fileSize = json.value(QLatin1String("file_size")).toInteger(-1);
    r.fileModifiedMs = json.value(QLatin1String("file_modified_ms")).toInteger(0);
    for (const QJsonValue &path : json.value(QLatin1String("duplicate_paths")).toArray())
        r.duplicatePaths.append(path.toString());
    r.success = json.value(QLatin1String("status")).toString() == QLatin1String("success");
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    r.error = { errorKindFromName(error.value(QLatin1String("kind")).toString()),
                error.value(QLatin1String("status")).toInt(),
                error.value(QLatin1String("message")).toString() };
    const QJsonObject dwc = json.value(QLatin1String("dwc")).toObject();
    for (auto it = dwc.begin(); it != dwc.end(); ++it)
        r.record.dwc.insert(it.key(), dwcValueText(it.value()));
    const QJsonObject confidence = json.value(QLatin1String("confidence")).toObject();
    for (auto it = confidence.begin(); it != confidence.end(); ++it)
        r.record.confidence.insert(it.key(), it.value().toDouble());
    r.record.extra = json.value(QLatin1String("extra")).toObject();
    r.rawResponse = json.value(QLatin1String("raw_response")).toString();
    r.attempts = json.value(QLatin1String("attempts")).toInt();
    r.latencyMs = json.value(QLatin1String("latency_ms")).toInteger();
    const QJsonObject usage = json.value(QLatin1String("usage")).toObject();
    r.usage = { usage.value(QLatin1String("prompt_tokens")).toInteger(),
                usage.value(QLatin1String("completion_tokens")).toInteger(),
                usage.value(QLatin1String("cost")).toDouble() };
    r.engine = json.value(QLatin1String("engine")).toString();
    r.model = json.value(QLatin1String("model")).toString();
    r.promptSha256 = json.value(QLatin1String("prompt_sha256")).toString();
    r.session = json.value(QLatin1String("session")).toInt(1);
    r.timestampMs = QDateTime::fromString(json.value(QLatin1String("timestamp")).toString(),
                                          Qt::ISODateWithMs)
                        .toMSecsSinceEpoch();
    r.preparation = json.value(QLatin1String("preparation")).toObject();
    for (const QJsonValue &flag : json.value(QLatin1String("flags")).toArray())
        r.flags.append(flag.toString());
    return r;
}

} // namespace herb
