#include "window/RecentPathsMenu.h"

#include <QDir>

namespace herb {

RecentPathsMenu::RecentPathsMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    setPaths({});
}

void RecentPathsMenu::setPaths(const QStringList &paths)
{
    clear();
    for (const QString &path : paths) {
        QAction *action = addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT pathChosen(path); });
    }
    if (paths.isEmpty())
        addAction(tr("None yet"))->setEnabled(false);
}

} // namespace herb
