#pragma once

#include <QObject>

class QSystemTrayIcon;

namespace herb {

// Decides whether a run warning also goes to the desktop's notification area: only when the
// window is not active (a person looking at it sees the banner) and a system tray exists
// (never on the offscreen platform). The decision is apart from the tray so tests can watch
// `notified` with the tray's availability set by hand.
class WarningNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningNotifier)

public:
    explicit WarningNotifier(QObject *parent = nullptr);
    ~WarningNotifier() override;

    // Defaults to QSystemTrayIcon::isSystemTrayAvailable().
    void setTrayAvailable(bool available) { m_trayAvailable = available; }
    bool isTrayAvailable() const { return m_trayAvailable; }

    static bool shouldNotify(bool windowActive, bool trayAvailable);
    // True when it notified.
    bool warn(const QString &title, const QString &text, bool windowActive);

Q_SIGNALS:
    void notified(const QString &title, const QString &text);

private:
    bool m_trayAvailable;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace herb
