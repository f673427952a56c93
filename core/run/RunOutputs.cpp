#include "RunOutputs.h"

#include "dwc/AtomicFileWriter.h"
#include "dwc/DwcArchiveWriter.h"
#include "dwc/DwcTerms.h"
#include "dwc/OccurrenceCsvWriter.h"
#include "events/EventLogReader.h"
#include "herbstream_version.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace herb {

bool writeRunExports(const QString &runFolder, QList<OccurrenceEntry> all,
                     const DwcExportSettings &settings, QString *error,
                     const OccurrenceTable::TermsOf &termsOf)
{
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
    all = {};
    // One table for both files: its columns are chosen once.
    const OccurrenceTable table(entries, settings, DwcTerms::occurrenceCore(), termsOf);
    const QDir dir(runFolder);
    return OccurrenceCsvWriter(settings).write(dir.filePath(QStringLiteral("occurrence.csv")),
                                               table, error)
        && DwcArchiveWriter(settings).write(dir.filePath(QStringLiteral("dwca.zip")), table, error);
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

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Entries for the sessions of events.jsonl that run.json lacks: a session killed before it
// wrote run.json, or one whose run.json could not be written (a full disk). What they did is
// in the log; "rebuilt_from_log" says the entry was made afterwards.
QList<QJsonObject> sessionsMissingFrom(const QString &runFolder, const QSet<int> &known,
                                       int current)
{
    // Sessions are numbered 1, 2, … in the log, the current one last: when run.json knows
    // every earlier one, the log (100,000 specimens: 300,000 events) need not be read.
    bool allKnown = true;
    for (int earlier = 1; earlier < current && allKnown; ++earlier)
        allKnown = known.contains(earlier);
    if (allKnown)
        return {};
    QMap<int, QJsonObject> rebuilt;
    int session = 0;
    QJsonObject entry;
    qint64 processed = 0, succeeded = 0, failed = 0, skipped = 0;
    qint64 endedMs = 0;
    auto close = [&] {
        if (session <= 0 || known.contains(session) || session == current)
            return;
        entry.insert(QStringLiteral("ended"), isoTime(endedMs));
        entry.insert(QStringLiteral("processed"), processed);
        entry.insert(QStringLiteral("succeeded"), succeeded);
        entry.insert(QStringLiteral("failed"), failed);
        entry.insert(QStringLiteral("skipped"), skipped);
        rebuilt.insert(session, entry);
    };
    const auto visit = [&](const Event &event) {
        if (const auto *started = event.as<ExtractionStarted>()) {
            close();
            session = started->session;
            processed = succeeded = failed = skipped = 0;
            endedMs = event.timestampMs;
            const QJsonObject details = started->details;
            const QJsonObject prompt = details.value(QLatin1String("prompt")).toObject();
            entry = QJsonObject {
                { QStringLiteral("session"), session },
                { QStringLiteral("started"), isoTime(event.timestampMs) },
                // Until a terminal event says otherwise: the process ended without one.
                { QStringLiteral("outcome"), QStringLiteral("unfinished") },
                { QStringLiteral("reason"), QString() },
                { QStringLiteral("prompt_sha256"),
                  prompt.value(QLatin1String("sha256")).toString() },
                { QStringLiteral("engine"), details.value(QLatin1String("engine")).toString() },
                { QStringLiteral("model"), details.value(QLatin1String("model")).toString() },
                { QStringLiteral("rebuilt_from_log"), true },
            };
            return;
        }
        if (session <= 0)
            return;
        endedMs = event.timestampMs;
        if (event.type == EventType::SpecimenCompleted) {
            ++processed;
            ++succeeded;
        } else if (event.type == EventType::SpecimenFailed) {
            const auto *finished = event.as<SpecimenFinished>();
            if (finished->error.kind != ErrorKind::Cancelled) {
                ++processed;
                ++failed;
            }
        } else if (event.type == EventType::SpecimenSkipped) {
            ++skipped;
        } else if (event.type == EventType::ExtractionCompleted) {
            entry.insert(QStringLiteral("outcome"), QStringLiteral("completed"));
        } else if (const auto *failure = event.as<ExtractionFailed>()) {
            entry.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
            entry.insert(QStringLiteral("reason"), nameOf(failure->reason));
        }
    };
    EventLogReader::scan(QDir(runFolder).filePath(QStringLiteral("events.jsonl")),
                         [&visit](std::vector<Event> &events) {
                             for (const Event &event : events)
                                 visit(event);
                         });
    close();
    return rebuilt.values();
}

} // namespace

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
    auto iso = isoTime;
    QSet<int> known;
    for (const QJsonValue &entry : std::as_const(sessions))
        known.insert(entry.toObject().value(QLatin1String("session")).toInt());
    for (const QJsonObject &entry : sessionsMissingFrom(runFolder, known, session.session))
        sessions.append(entry);
    // In session order, wherever an entry came from.
    QList<QJsonValue> ordered(sessions.begin(), sessions.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value(QLatin1String("session")).toInt()
            < b.toObject().value(QLatin1String("session")).toInt();
    });
    sessions = QJsonArray();
    for (const QJsonValue &entry : std::as_const(ordered))
        sessions.append(entry);
    sessions.append(QJsonObject {
        { QStringLiteral("session"), session.session },
        { QStringLiteral("started"), iso(session.startedMs) },
        { QStringLiteral("ended"), iso(session.endedMs) },
        { QStringLiteral("outcome"), session.outcome },
        { QStringLiteral("reason"), session.reason ? nameOf(*session.reason) : QString() },
        { QStringLiteral("processed"), session.processed },
        { QStringLiteral("succeeded"), session.succeeded },
        { QStringLiteral("failed"), session.failed },
        { QStringLiteral("skipped"), session.skipped },
        { QStringLiteral("prompt_sha256"), session.promptSha256 },
        { QStringLiteral("engine"), engineKindName(session.engine) },
        { QStringLiteral("model"), session.model },
        { QStringLiteral("settings"), config.toJson() },
    });
    const QJsonObject root {
        { QStringLiteral("run_id"), runId },
        { QStringLiteral("app_version"), QStringLiteral(HERBSTREAM_VERSION) },
        { QStringLiteral("qt_version"), QString::fromLatin1(qVersion()) },
        { QStringLiteral("settings"), config.toJson() },
        { QStringLiteral("sessions"), sessions },
        { QStringLiteral("flags"), session.flags },
    };
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

} // namespace herb
