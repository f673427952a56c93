#include "alerts/WarningBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace herb {

namespace {

QString percent(double rate)
{
    return QLocale().toString(qRound(rate * 100.0)) + QStringLiteral(" %");
}

} // namespace

WarningBanner::WarningBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("warningBanner"));
    setAccessibleName(tr("Run warning"));
    setFrameShape(QFrame::StyledPanel);
    // Amber, as a warning that does not stop anything; readable in light and dark themes.
    setStyleSheet(
        QStringLiteral("#warningBanner { background: #fff3cd; border: 1px solid #e0a800;"
                       " border-radius: 4px; } #warningBanner QLabel { color: #3d2f00; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Warning text"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss warning"));
    m_dismiss->setToolTip(tr("Hide this warning; the run goes on"));
    m_dismiss->setAutoRaise(true);
    connect(m_dismiss, &QToolButton::clicked, this, &WarningBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    hide();
}

void WarningBanner::showWarning(const ValidationWarning &warning)
{
    m_text->setText(describe(warning));
    show();
}

std::optional<ValidationWarning> WarningBanner::showLatest(const EventBatch &batch)
{
    const auto last = std::find_if(batch.rbegin(), batch.rend(), [](const Event &event) {
        return event.type == EventType::ValidationWarning;
    });
    if (last == batch.rend())
        return std::nullopt;
    showWarning(*last->as<ValidationWarning>());
    return *last->as<ValidationWarning>();
}

void WarningBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    Q_EMIT dismissed();
}

QString WarningBanner::text() const
{
    return m_text->text();
}

QString WarningBanner::describe(const ValidationWarning &warning)
{
    if (warning.reason == WarningReason::LowSuccessRate) {
        const int succeeded = int(std::lround(warning.successRate * warning.window));
        return tr("Only %1 of the last %2 specimens succeeded (%3), below the %4 threshold. "
                  "The run goes on; check the failed specimens.")
            .arg(succeeded)
            .arg(warning.window)
            .arg(percent(warning.successRate), percent(warning.threshold));
    }
    // A stall announced by a server's wait says what it waits for and until when.
    if (warning.reason == WarningReason::Stalled && warning.waitSeconds == 0) {
        const qint64 minutes = warning.idleSeconds / 60;
        return minutes >= 1
            ? tr("No specimen has finished for %n minute(s). The model or the network may be "
                 "stuck.",
                 nullptr, int(minutes))
            : tr("No specimen has finished for %n second(s). The model or the network may be "
                 "stuck.",
                 nullptr, int(warning.idleSeconds));
    }
    if (warning.reason == WarningReason::ImageErrors)
        return tr("Many image files could not be read: %1").arg(warning.message);
    return warning.message.isEmpty() ? nameOf(warning.reason) : warning.message;
}

} // namespace herb
