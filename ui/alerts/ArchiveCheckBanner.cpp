#include "alerts/ArchiveCheckBanner.h"

#include "publish/ArchiveCheckReport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace herb {

namespace {

constexpr int kIssuesNamed = 4; // the rest are in the tooltip

QString records(int count)
{
    return count == 1 ? ArchiveCheckBanner::tr("1 record")
                      : ArchiveCheckBanner::tr("%1 records").arg(count);
}

QString issueList(const ArchiveCheckResult &result, ArchiveIssue::Severity severity)
{
    QStringList named;
    int more = 0;
    for (const ArchiveIssue &issue : result.issues) {
        if (issue.severity != severity)
            continue;
        if (named.size() < kIssuesNamed)
            named.append(ArchiveCheckBanner::tr("%1 (%2)").arg(issue.name, records(issue.count)));
        else
            ++more;
    }
    QString text = named.join(QStringLiteral("; "));
    if (more > 0)
        text += ArchiveCheckBanner::tr("; %1 more").arg(more);
    return text;
}

} // namespace

ArchiveCheckBanner::ArchiveCheckBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("archiveCheckBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Archive check"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the archive check"));
    connect(m_dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss);
    hide();
}

void ArchiveCheckBanner::showResult(const ArchiveCheckResult &result)
{
    QString colour;
    if (result.isRefused()) {
        m_verdict = Verdict::Refused;
        colour = QStringLiteral("#fdecea");
        m_text->setText(tr("GBIF would refuse dwca.zip: %1. Correct the publication settings or "
                           "the records, then export again.")
                            .arg(issueList(result, ArchiveIssue::Severity::Error)));
    } else if (result.warningCount() > 0) {
        m_verdict = Verdict::Warnings;
        colour = QStringLiteral("#fff4e5");
        m_text->setText(
            tr("GBIF would accept dwca.zip (%1) and flag: %2.")
                .arg(records(result.records), issueList(result, ArchiveIssue::Severity::Warning)));
    } else {
        m_verdict = Verdict::Passes;
        colour = QStringLiteral("#edf7ed");
        m_text->setText(tr("dwca.zip passes GBIF's checks: %1, nothing refused, no warning.")
                            .arg(records(result.records)));
    }
    setStyleSheet(QStringLiteral("ArchiveCheckBanner { background: %1; }").arg(colour));
    setToolTip(archiveCheckReport(result));
    show();
}

QString ArchiveCheckBanner::text() const
{
    return m_text->text();
}

} // namespace herb
