#pragma once

#include <QMenu>

namespace herb {

// A menu of recent folders or files (most recent first); choosing one emits pathChosen().
class RecentPathsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentPathsMenu)

public:
    explicit RecentPathsMenu(const QString &title, QWidget *parent = nullptr);

    void setPaths(const QStringList &paths);

Q_SIGNALS:
    void pathChosen(const QString &path);
};

} // namespace herb
