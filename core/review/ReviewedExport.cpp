#include "ReviewedExport.h"

#include "ReviewLog.h"
#include "ReviewLogReader.h"
#include "ReviewedRecord.h"
#include "run/RecordStore.h"
#include "run/RunOutputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace herb {

namespace {

QString joined(QSet<QString> values)
{
    values.remove(QString());
    QStringList list(values.begin(), values.end());
    std::sort(list.begin(), list.end());
    return list.isEmpty() ? QStringLiteral("-") : list.join(QLatin1String(", "));
}

// The model may have sent a dynamicProperties of its own: kept under "extracted" rather than
// overwritten, since it is data from the label.
QString dynamicProperties(const ReviewedRecord &record)
{
    QJsonObject json = record.provenance();
    const QString extracted = record.dwc.value(QStringLiteral("dynamicProperties"));
    if (!extracted.trimmed().isEmpty())
        json.insert(QStringLiteral("extracted"), extracted);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

DwcExportSettings exportSettingsOfRun(const QString &runFolder)
{
    DwcExportSettings settings;
    QFile file(QDir(runFolder).filePath(QStringLiteral("run.json")));
    if (!file.open(QIODevice::ReadOnly))
        return settings;
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QLatin1String("settings"))
                                     .toObject()
                                     .value(QLatin1String("export"))
                                     .toObject();
    settings.title = exported.value(QLatin1String("title")).toString();
    settings.institutionCode = exported.value(QLatin1String("institution_code")).toString();
    settings.collectionCode = exported.value(QLatin1String("collection_code")).toString();
    settings.license = exported.value(QLatin1String("license")).toString();
    return settings;
}

bool exportReviewedRun(const ReviewedExportOptions &options, ReviewedExportSummary *summary,
                       QString *error)
{
    const QDir run(options.runFolder);
    const ReviewLogContents reviews = readReviewLog(ReviewLog::pathIn(options.runFolder));
    if (!reviews.ok()) {
        if (error)
            *error = QCoreApplication::translate(
                         "Review", "%1 (export refused until the line is repaired or removed)")
                         .arg(reviews.error);
        return false;
    }
    const QString recordsPath = run.filePath(QStringLiteral("records.jsonl"));
    if (!QFile::exists(recordsPath)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(
                QDir::toNativeSeparators(recordsPath),
                QCoreApplication::translate("Review", "no such file (not a run folder?)"));
        return false;
    }
    QString readError;
    qint64 corruptRecords = 0;
    const QHash<QString, SpecimenRecord> records
        = RecordStore::readFinal(recordsPath, &readError, &corruptRecords);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }

    ReviewedExportSummary counts;
    counts.reviewLines = int(reviews.entries.size());
    const QHash<QString, QList<ReviewEntry>> bySpecimen = reviewsBySpecimen(reviews.entries);
    QList<OccurrenceEntry> entries;
    QSet<QString> engines, models, prompts;
    for (const SpecimenRecord &record : records) {
        if (!record.success)
            continue;
        const ReviewedRecord reviewed
            = composeReviewedRecord(record, bySpecimen.value(record.specimenId));
        if (reviewed.changedSinceReview)
            ++counts.changedSinceReview;
        if (reviewed.status == ReviewStatus::Rejected) {
            ++counts.rejected;
            continue;
        }
        if (options.approvedOnly
            && (reviewed.status != ReviewStatus::Approved || reviewed.changedSinceReview)) {
            ++counts.notApproved;
            continue;
        }
        OccurrenceEntry entry;
        entry.specimenId = record.specimenId;
        entry.sha256 = record.sha256;
        entry.dwc = reviewed.dwc;
        entry.dwc.insert(QStringLiteral("dynamicProperties"), dynamicProperties(reviewed));
        entries.append(std::move(entry));
        ++counts.exported;
        if (!reviewed.curatorFields.isEmpty())
            ++counts.corrected;
        engines.insert(record.engine);
        models.insert(record.model);
        prompts.insert(record.promptSha256);
    }

    DwcExportSettings settings
        = options.settings ? *options.settings : exportSettingsOfRun(options.runFolder);
    // In English, as the rest of eml.xml (its xml:lang), whatever the interface language.
    settings.methodSteps = {
        QStringLiteral("Transcribed from specimen images with Herbstream. Engine: %1. Model: %2. "
                       "Prompt SHA-256: %3.")
            .arg(joined(engines), joined(models), joined(prompts)),
        options.approvedOnly
            ? QStringLiteral("Review policy: only records a curator approved are published; "
                             "every correction is applied and logged in reviews.jsonl (who, "
                             "when, before, after). dynamicProperties lists the fields a machine "
                             "produced and those a person set.")
            : QStringLiteral("Review policy: records a curator rejected are left out; the "
                             "others are published with every correction applied, reviewed or "
                             "not. dynamicProperties gives each record's review status and lists "
                             "the fields a machine produced and those a person set."),
    };
    const QString out = options.outFolder.isEmpty() ? options.runFolder : options.outFolder;
    if (!QDir().mkpath(out)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(
                QDir::toNativeSeparators(out),
                QCoreApplication::translate("Review", "cannot create the folder"));
        return false;
    }
    if (!writeRunExports(out, entries, settings, error))
        return false;
    if (summary)
        *summary = counts;
    return true;
}

} // namespace herb
