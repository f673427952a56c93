#pragma once

#include "dwc/DwcRecord.h"
#include "events/Event.h"

#include <QJsonObject>

namespace herb {

// One line of records.jsonl: the outcome of one finished attempt at a specimen (DESIGN.md,
// "Outputs"). The last line for a specimen id is its final record.
struct SpecimenRecord
{
    QString specimenId; // path relative to the image folder
    QString image; // absolute path when processed
    QString sha256;
    // The file's size and modification time when it was listed (-1 and 0 when unknown): a
    // resume reads again only the finished files whose size or time differ.
    qint64 fileSize = -1;
    qint64 fileModifiedMs = 0;
    // Other files with the same content (relative paths): processed once, as this record.
    QStringList duplicatePaths;
    bool success = false;
    SpecimenError error; // failed only
    DwcRecord record; // dwc, confidence, extra
    QString rawResponse; // truncated past 64 KiB
    int attempts = 0;
    qint64 latencyMs = 0;
    TokenUsage usage;
    QString engine;
    QString model;
    QString promptSha256;
    int session = 1;
    qint64 timestampMs = 0;
    QJsonObject preparation; // orientation, rotation, sizes: how the image was read
    // Trust flags (core/trust), "check:term[+term]" such as "value_from_prompt:catalogNumber":
    // what a reviewer should look at. Exports ignore them. A record flagged after it was
    // written (its catalogNumber repeated by a later image) is appended again with its flags.
    QStringList flags;

    QJsonObject toJson() const;
    static SpecimenRecord fromJson(const QJsonObject &json);
};

} // namespace herb
