#include "RunOutputs.h"

#include "dwc/AtomicFileWriter.h"
#include "dwc/DwcArchiveWriter.h"
#include "dwc/OccurrenceCsvWriter.h"
#include "herbstream_version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace herb {

bool writeRunExports(const QString &runFolder, const QHash<QString, SpecimenRecord> &finalRecords,
                     const DwcExportSettings &settings, QString *error)
{
    QList<OccurrenceEntry> all;
    for (const SpecimenRecord &record : finalRecords) {
        if (record.success)
            all.append(OccurrenceEntry { record.specimenId, record.sha256, record.record.dwc });
    }
    // A stable order, so two exports of the same records are the same file.
    std::sort(all.begin(), all.end(), [](const OccurrenceEntry &a, const OccurrenceEntry &b) {
        return a.specimenId < b.specimenId;
    });
    // occurrenceID derives from the SHA-256, and GBIF refuses an archive that repeats one: one
    // row per content, the first specimen id's, also for run folders made before duplicates
    // were processed once.
    QList<OccurrenceEntry> entries;
    QSet<QString> contents;
    for (OccurrenceEntry &entry : all) {
        if (!entry.sha256.isEmpty() && contents.contains(entry.sha256))
            continue;
        contents.insert(entry.sha256);
        entries.append(std::move(entry));
    }
    const QDir dir(runFolder);
    return OccurrenceCsvWriter(settings).write(dir.filePath(QStringLiteral("occurrence.csv")),
                                               entries, error)
        && DwcArchiveWriter(settings).write(dir.filePath(QStringLiteral("dwca.zip")), entries,
                                            error);
}

QJsonObject lastSessionOf(const QString &runFolder)
{
    QFile file(QDir(runFolder).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray sessions = QJsonDocument::fromJson(file.readAll())
                                    .object()
                                    .value(QLatin1String("sessions"))
                                    .toArray();
    return sessions.isEmpty() ? QJsonObject() : sessions.last().toObject();
}

bool writeRunJson(const QString &runFolder, const QString &runId, const RunConfig &config,
                  const SessionSummary &session, QString *error)
{
    const QString path = QDir(runFolder).filePath(QStringLiteral("run.json"));
    QJsonArray sessions;
    {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly))
            sessions = QJsonDocument::fromJson(existing.readAll())
                           .object()
                           .value(QLatin1String("sessions"))
                           .toArray();
    }
    auto iso = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    sessions.append(QJsonObject {
        { QStringLiteral("session"), session.session },
        { QStringLiteral("started"), iso(session.startedMs) },
        { QStringLiteral("ended"), iso(session.endedMs) },
        { QStringLiteral("outcome"), session.outcome },
        { QStringLiteral("reason"), session.reason },
        { QStringLiteral("processed"), session.processed },
        { QStringLiteral("succeeded"), session.succeeded },
        { QStringLiteral("failed"), session.failed },
        { QStringLiteral("skipped"), session.skipped },
        { QStringLiteral("prompt_sha256"), session.promptSha256 },
        { QStringLiteral("engine"), session.engine },
        { QStringLiteral("model"), session.model },
        { QStringLiteral("settings"), config.toJson() },
    });
    const QJsonObject root {
        { QStringLiteral("run_id"), runId },
        { QStringLiteral("app_version"), QStringLiteral(HERBSTREAM_VERSION) },
        { QStringLiteral("qt_version"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("settings"), config.toJson() },
        { QStringLiteral("sessions"), sessions },
    };
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace herb
