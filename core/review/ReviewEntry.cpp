#include "ReviewEntry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace herb {

QJsonObject ReviewEntry::toJson() const
{
    QJsonObject json {
        { QStringLiteral("specimen_id"), specimenId },
        { QStringLiteral("sha256"), sha256 },
    };
    if (changesField()) {
        json.insert(QStringLiteral("field"), field);
        json.insert(QStringLiteral("before"), before);
        json.insert(QStringLiteral("after"), after);
    }
    if (changesStatus()) {
        json.insert(
            QStringLiteral("status"),
            QJsonObject {
                { QStringLiteral("from"), nameOf(statusFrom.value_or(ReviewStatus::Unreviewed)) },
                { QStringLiteral("to"), nameOf(*statusTo) },
            });
    }
    json.insert(QStringLiteral("note"), note);
    json.insert(QStringLiteral("reviewer"), reviewer);
    json.insert(QStringLiteral("timestamp"),
                QDateTime::fromMSecsSinceEpoch(timestampMs, Qt::UTC).toString(Qt::ISODateWithMs));
    json.insert(QStringLiteral("app_version"), appVersion);
    return json;
}

QByteArray ReviewEntry::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<ReviewEntry> ReviewEntry::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ReviewEntry entry;
    entry.specimenId = json.value(QLatin1String("specimen_id")).toString();
    if (entry.specimenId.isEmpty())
        return fail(QCoreApplication::translate("Review", "no specimen_id"));
    entry.sha256 = json.value(QLatin1String("sha256")).toString();
    entry.field = json.value(QLatin1String("field")).toString();
    entry.before = json.value(QLatin1String("before")).toString();
    entry.after = json.value(QLatin1String("after")).toString();
    const QJsonValue status = json.value(QLatin1String("status"));
    if (status.isObject()) {
        const QString from = status.toObject().value(QLatin1String("from")).toString();
        const QString to = status.toObject().value(QLatin1String("to")).toString();
        entry.statusFrom = reviewStatusFromName(from);
        entry.statusTo = reviewStatusFromName(to);
        if (!entry.statusFrom || !entry.statusTo)
            return fail(
                QCoreApplication::translate("Review", "unknown status '%1' → '%2'").arg(from, to));
    } else if (!status.isUndefined() && !status.isNull()) {
        return fail(QCoreApplication::translate("Review", "status is not an object"));
    }
    if (!entry.changesField() && !entry.changesStatus())
        return fail(QCoreApplication::translate("Review", "neither a field nor a status change"));
    entry.note = json.value(QLatin1String("note")).toString();
    entry.reviewer = json.value(QLatin1String("reviewer")).toString();
    const QDateTime time = QDateTime::fromString(json.value(QLatin1String("timestamp")).toString(),
                                                 Qt::ISODateWithMs);
    if (!time.isValid())
        return fail(QCoreApplication::translate("Review", "no valid timestamp"));
    entry.timestampMs = time.toMSecsSinceEpoch();
    entry.appVersion = json.value(QLatin1String("app_version")).toString();
    return entry;
}

} // namespace herb
