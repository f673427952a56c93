#include "ArchiveCheckReport.h"

#include <QCoreApplication>

namespace herb {

namespace {

// The report's words, translated in the context "ArchiveCheck".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCheck)
};

QString issueLine(const ArchiveIssue &issue)
{
    const QString level
        = issue.severity == ArchiveIssue::Severity::Error ? Text::tr("error") : Text::tr("warning");
    QString line = QStringLiteral("%1: %2 ").arg(level, issue.name)
        + Text::tr("(%n record(s))", nullptr, issue.count);
    if (!issue.example.isEmpty())
        line += Text::tr(", e.g. '%1'").arg(issue.example);
    return line;
}

} // namespace

QString archiveCheckReport(const ArchiveCheckResult &result)
{
    QString out = Text::tr("%n record(s) checked.", nullptr, result.records) + QLatin1Char('\n');
    for (const ArchiveIssue &issue : result.issues)
        out += issueLine(issue) + QLatin1Char('\n');
    out += archiveCheckSummary(result) + QLatin1Char('\n');
    return out;
}

QString archiveCheckSummary(const ArchiveCheckResult &result)
{
    if (result.isRefused()) {
        QStringList names;
        for (const ArchiveIssue &issue : result.issues) {
            if (issue.severity == ArchiveIssue::Severity::Error)
                names << issue.name;
        }
        return Text::tr("GBIF check: refused (%1).").arg(names.join(QStringLiteral("; ")));
    }
    const int warnings = result.warningCount();
    if (warnings == 0)
        return Text::tr("GBIF check: accepted, no warning.");
    return Text::tr("GBIF check: accepted with %n warning(s).", nullptr, warnings);
}

} // namespace herb
