#pragma once

#include <QObject>
#include <QTimer>

namespace herb {

// Turns SIGINT and SIGTERM (Ctrl-C / Ctrl-Break / console close on Windows) into a Qt signal on
// the thread that owns the watcher, so a command can stop its work cleanly and close its log.
// The OS handler only sets an atomic flag; a short timer picks it up (signal handlers may not
// touch Qt).
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // 130 for SIGINT, 143 for SIGTERM (the shell's 128 + signal number), 0 when none came.
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void interrupted(int exitCode);

private:
    void check();

    QTimer m_poll;
    int m_exitCode = 0;
};

} // namespace herb
