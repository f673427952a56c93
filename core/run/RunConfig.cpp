#include "RunConfig.h"

#include "RunOptions.h"

#include <QDir>

namespace herb {

QJsonObject RunConfig::toJson() const
{
    // The options' values come from the table (RunOptions.cpp); what is not a run option, or
    // is written differently here (absolute folders, the built-in prompt), is added by hand.
    QJsonObject json {
        { QStringLiteral("images"), QDir::toNativeSeparators(QDir(imagesFolder).absolutePath()) },
        { QStringLiteral("out"), QDir::toNativeSeparators(QDir(outFolder).absolutePath()) },
        { QStringLiteral("prompt"),
          promptPath.isEmpty() ? QStringLiteral("built-in") : promptPath },
        { QStringLiteral("thresholds"), validation.toJson() },
    };
    insertRunOptionsJson(*this, json);
    return json;
}

} // namespace herb
