#pragma once

#include <QJsonObject>
#include <QStringList>

namespace herb {

class Prompt;
struct RunConfig;

// What extraction.started says of a session: the run's settings as run.json records them, the
// prompt it sends (none for the offline engine), the app version, how many specimens were
// skipped, and on a resume what changed since the previous session ("changes_since_previous":
// prompt, model).
QJsonObject sessionStartedDetails(const RunConfig &config, const Prompt *prompt, qsizetype skipped);

// The console's and the window's warnings for a changed prompt or model: in the event alone,
// a change on a resume goes unnoticed until the records disagree.
QStringList changeWarnings(const QJsonObject &details);

} // namespace herb
