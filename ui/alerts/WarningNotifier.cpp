#include "alerts/WarningNotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

namespace herb {

WarningNotifier::WarningNotifier(QObject *parent)
    : QObject(parent)
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
{ }

WarningNotifier::~WarningNotifier() = default;

bool WarningNotifier::shouldNotify(bool windowActive, bool trayAvailable)
{
    return !windowActive && trayAvailable;
}

bool WarningNotifier::warn(const QString &title, const QString &text, bool windowActive)
{
    if (!shouldNotify(windowActive, m_trayAvailable))
        return false;
    // A tray set available by a test on a platform without one gets no icon: only the signal.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
            m_tray->setToolTip(tr("Herbstream"));
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Warning);
    }
    Q_EMIT notified(title, text);
    return true;
}

} // namespace herb
