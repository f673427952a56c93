#include "SessionDetails.h"

#include "RunConfig.h"
#include "RunOutputs.h"
#include "extraction/Prompt.h"
#include "herbstream_version.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace herb {

QJsonObject sessionStartedDetails(const RunConfig &config, const Prompt *prompt, qsizetype skipped)
{
    QJsonObject details = config.toJson();
    // The offline engine sends no prompt: naming one would mislead whoever checks the run.
    if (prompt)
        details.insert(
            QStringLiteral("prompt"),
            QJsonObject {
                { QStringLiteral("path"), prompt->displayPath() },
                { QStringLiteral("sha256"), prompt->sha256() },
                { QStringLiteral("size"), prompt->sizeBytes() },
                { QStringLiteral("terms"), QJsonArray::fromStringList(prompt->dwcTermsNamed()) },
            });
    details.insert(QStringLiteral("app_version"), QStringLiteral(HERBSTREAM_VERSION));
    details.insert(QStringLiteral("skipped"), skipped);
    const QJsonObject previous = lastSessionOf(config.outFolder);
    if (!previous.isEmpty()) {
        QJsonObject changes;
        const QString promptSha = prompt ? prompt->sha256() : QString();
        if (previous.value(QLatin1String("prompt_sha256")).toString() != promptSha)
            changes.insert(QStringLiteral("prompt"),
                           QJsonObject { { QStringLiteral("from"),
                                           previous.value(QLatin1String("prompt_sha256")) },
                                         { QStringLiteral("to"), promptSha } });
        const QString model = config.engine == EngineKind::OpenAi ? config.model : QString();
        if (previous.value(QLatin1String("model")).toString() != model)
            changes.insert(
                QStringLiteral("model"),
                QJsonObject { { QStringLiteral("from"), previous.value(QLatin1String("model")) },
                              { QStringLiteral("to"), model } });
        details.insert(QStringLiteral("changes_since_previous"), changes);
    }
    return details;
}

QStringList changeWarnings(const QJsonObject &details)
{
    const QJsonObject changes = details.value(QLatin1String("changes_since_previous")).toObject();
    const auto change = [&](const char *what) {
        const QJsonObject c = changes.value(QLatin1String(what)).toObject();
        const auto shown = [](const QJsonValue &value) {
            const QString text = value.toString();
            return text.isEmpty() ? QCoreApplication::translate("herb::RunController", "none")
                                  : text;
        };
        return std::pair { shown(c.value(QLatin1String("from"))),
                           shown(c.value(QLatin1String("to"))) };
    };
    QStringList warnings;
    if (changes.contains(QLatin1String("prompt"))) {
        const auto [from, to] = change("prompt");
        warnings << QCoreApplication::translate(
                        "herb::RunController",
                        "Warning: this session uses another prompt than the previous one "
                        "(sha256 %1 → %2): its records may differ from the earlier ones")
                        .arg(from.left(12), to.left(12));
    }
    if (changes.contains(QLatin1String("model"))) {
        const auto [from, to] = change("model");
        warnings << QCoreApplication::translate(
                        "herb::RunController",
                        "Warning: this session uses another model than the previous one "
                        "(%1 → %2)")
                        .arg(from, to);
    }
    return warnings;
}

} // namespace herb
