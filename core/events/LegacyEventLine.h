#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace herb {

// The log of the original Python tool of the design (DESIGN.md, "Why it exists"), which
// Herbstream's replay still reads. Its lines differ from Herbstream's (README, "Logs of the
// older format"): no run_id and no seq; timestamps in Python's isoformat (microseconds and
// "+00:00"); validation.checkpoint names its size `checkpoint` where Herbstream says `checked`;
// extraction.started counts `total_specimens` where Herbstream says `specimen_count`; a failed
// specimen may be a specimen.completed with "success": false.
namespace LegacyEventLine {

// True when `line` is a JSON object with an event_type but neither run_id nor seq: the first
// event line of a log decides its format.
bool looksLegacy(QByteArrayView line);

// The line rewritten in Herbstream's format, numbered `seq`; or nothing (not a JSON object),
// with `error` saying why.
std::optional<QByteArray> toCurrent(QByteArrayView line, qint64 seq, QString *error);

} // namespace LegacyEventLine

} // namespace herb
