#include "ValidationSettings.h"

namespace herb {

QJsonObject ValidationSettings::toJson() const
{
    return QJsonObject {
        { QStringLiteral("checkpoint"), checkpointSize },
        { QStringLiteral("checkpoint_min_rate"), checkpointMinRate },
        { QStringLiteral("monitor_every"), monitorEvery },
        { QStringLiteral("monitor_min_rate"), monitorMinRate },
        { QStringLiteral("stall_seconds"), stallSeconds },
        { QStringLiteral("image_error_burst"), imageErrorBurst },
    };
}

ValidationSettings ValidationSettings::fromJson(const QJsonObject &json)
{
    ValidationSettings s;
    s.checkpointSize = json.value(QLatin1String("checkpoint")).toInt(s.checkpointSize);
    s.checkpointMinRate
        = json.value(QLatin1String("checkpoint_min_rate")).toDouble(s.checkpointMinRate);
    s.monitorEvery = json.value(QLatin1String("monitor_every")).toInt(s.monitorEvery);
    s.monitorMinRate = json.value(QLatin1String("monitor_min_rate")).toDouble(s.monitorMinRate);
    s.stallSeconds = json.value(QLatin1String("stall_seconds")).toInt(s.stallSeconds);
    s.imageErrorBurst = json.value(QLatin1String("image_error_burst")).toInt(s.imageErrorBurst);
    return s;
}

} // namespace herb
