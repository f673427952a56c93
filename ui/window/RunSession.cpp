#include "window/RunSession.h"

#include "run/RunController.h"

namespace herb {

RunSession::RunSession(RunConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_host(new QObject)
{
    qRegisterMetaType<herb::EventBatch>();
    m_thread.setObjectName(QStringLiteral("herbstream-run"));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
}

RunSession::~RunSession()
{
    if (m_running)
        interrupt();
    m_thread.quit();
    m_thread.wait();
}

void RunSession::start()
{
    if (m_running || m_thread.isRunning())
        return;
    m_running = true;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_host,
        [this] {
            auto *controller = new RunController(m_config, m_host);
            connect(controller, &RunController::eventsDelivered, this,
                    &RunSession::eventsDelivered);
            connect(controller, &RunController::notice, this, &RunSession::notice);
            connect(controller, &RunController::archiveChecked, this, &RunSession::archiveChecked);
            connect(controller, &RunController::finished, this, &RunSession::onFinished);
            // The controller ends on its own thread, after its last signal has been queued.
            connect(controller, &RunController::finished, controller, &QObject::deleteLater);
            connect(this, &RunSession::interruptRequested, controller,
                    [controller] { controller->interrupt(); });
            controller->start();
            if (m_interruptPending.load())
                controller->interrupt();
        },
        Qt::QueuedConnection);
}

void RunSession::interrupt()
{
    if (!m_running)
        return;
    m_interruptPending.store(true);
    Q_EMIT interruptRequested();
}

void RunSession::onFinished(int exitCode)
{
    m_running = false;
    m_exitCode = exitCode;
    m_thread.quit();
    Q_EMIT finished(exitCode);
}

} // namespace herb
