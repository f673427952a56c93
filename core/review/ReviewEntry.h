#pragma once

#include "ReviewStatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace herb {

// One line of reviews.jsonl: one decision of a curator on one record. A line corrects a field
// (`field`, `before`, `after`), changes the status (`statusFrom`, `statusTo`), or both; `note`
// says why. `before` is what the curator saw, so a reader can tell a correction of the
// machine's value from one made on top of an earlier correction.
//
// {"specimen_id":"box1/s5.jpg","sha256":"…","field":"locality","before":"Sta Cruz",
//  "after":"Santa Cruz","status":{"from":"unreviewed","to":"approved"},"note":"",
//  "reviewer":"ana","timestamp":"2026-12-03T16:40:00.123Z","app_version":"0.9.0"}
struct ReviewEntry
{
    QString specimenId;
    QString sha256; // of the image the curator looked at
    QString field; // a Darwin Core term; empty for a status change alone
    QString before;
    QString after;
    std::optional<ReviewStatus> statusFrom; // both set for a status change
    std::optional<ReviewStatus> statusTo;
    QString note;
    QString reviewer;
    qint64 timestampMs = 0;
    QString appVersion;

    bool changesField() const { return !field.isEmpty(); }
    bool changesStatus() const { return statusTo.has_value(); }

    QJsonObject toJson() const;
    QByteArray toJsonLine() const; // compact, ending in '\n'
    // nullopt with `error` saying what is wrong (not an object, no specimen_id, an unknown
    // status, a line that changes nothing).
    static std::optional<ReviewEntry> fromJson(const QJsonObject &json, QString *error);
};

} // namespace herb
