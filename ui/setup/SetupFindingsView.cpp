#include "setup/SetupFindingsView.h"

#include <QStyle>

namespace herb {

SetupFindingsView::SetupFindingsView(QWidget *parent)
    : QListWidget(parent)
{
    setAccessibleName(tr("Check results"));
    setVisible(false);
    setWordWrap(true);
    setMaximumHeight(150);
    setIconSize(QSize(16, 16));
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSelectionMode(QAbstractItemView::NoSelection);
}

void SetupFindingsView::showChecking()
{
    clear();
    addItem(tr("Checking…"));
    setVisible(true);
}

void SetupFindingsView::showFindings(const QList<SetupFinding> &findings)
{
    clear();
    for (const SetupFinding &finding : findings) {
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        QString level = tr("OK");
        if (finding.level == SetupFinding::Level::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            level = tr("Warning");
        } else if (finding.level == SetupFinding::Level::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            level = tr("Problem");
        }
        auto *item = new QListWidgetItem(style()->standardIcon(icon), finding.text);
        // The icon's meaning, in words, for screen readers.
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(level, finding.text));
        item->setToolTip(finding.text);
        addItem(item);
    }
    setVisible(true);
}

} // namespace herb
