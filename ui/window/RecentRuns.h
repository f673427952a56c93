#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace herb {

class AppSettings;

// File > Recent Runs: the last event logs opened or written, most recent first, kept in
// AppSettings. Picking one asks the window to open it; a log that has gone is dropped.
class RecentRuns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentRuns)

public:
    static constexpr int kMaxEntries = 8;

    RecentRuns(AppSettings &settings, QMenu *menu, QObject *parent = nullptr);

    void add(const QString &eventsPath);
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void openRequested(const QString &eventsPath);

private:
    void rebuild();

    AppSettings &m_settings;
    QMenu *m_menu;
    QStringList m_paths;
};

} // namespace herb
