#include "window/RecentRuns.h"

#include "window/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace herb {

RecentRuns::RecentRuns(AppSettings &settings, QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_menu(menu)
    , m_paths(settings.recentRuns())
{
    m_menu->setAccessibleName(tr("Recent runs"));
    rebuild();
}

void RecentRuns::add(const QString &eventsPath)
{
    const QString path = QFileInfo(eventsPath).absoluteFilePath();
    m_paths.removeAll(path);
    m_paths.prepend(path);
    while (m_paths.size() > kMaxEntries)
        m_paths.removeLast();
    m_settings.setRecentRuns(m_paths);
    rebuild();
}

void RecentRuns::rebuild()
{
    m_menu->clear();
    int number = 1;
    for (const QString &path : std::as_const(m_paths)) {
        // The run folder's name tells runs apart; the full path is in the tooltip.
        const QString folder = QFileInfo(path).dir().dirName();
        QAction *action = m_menu->addAction(tr("&%1 %2").arg(number++).arg(folder));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                m_paths.removeAll(path);
                m_settings.setRecentRuns(m_paths);
                // Not now: this action is still delivering its signal.
                QMetaObject::invokeMethod(this, &RecentRuns::rebuild, Qt::QueuedConnection);
            }
            Q_EMIT openRequested(path);
        });
    }
    if (m_paths.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No recent runs"));
        none->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Clear List"), this, [this] {
        m_paths.clear();
        m_settings.setRecentRuns(m_paths);
        QMetaObject::invokeMethod(this, &RecentRuns::rebuild, Qt::QueuedConnection);
    });
}

} // namespace herb
