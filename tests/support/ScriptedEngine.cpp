#include "ScriptedEngine.h"

#include "specimens/Sha256.h"

namespace herb::test {

ScriptedEngine::ScriptedEngine(Script script, std::shared_ptr<Log> log, bool held, QObject *parent)
    : Engine(parent)
    , m_script(std::move(script))
    , m_log(std::move(log))
    , m_held(held)
{ }

void ScriptedEngine::submit(const QString &specimenId, const QString &imagePath)
{
    EngineOutcome outcome = m_script(specimenId);
    if (const auto sha = sha256OfFile(imagePath))
        outcome.sha256 = QString::fromLatin1(*sha);
    // Each specimen its own catalogue number and locality, as a reading of its sheet gives:
    // one record for every sheet is what the trust checks stop.
    for (auto it = outcome.record.dwc.begin(); it != outcome.record.dwc.end(); ++it) {
        if (it.value() == QLatin1String("scripted")
            && (it.key() == QLatin1String("catalogNumber")
                || it.key() == QLatin1String("locality")))
            it.value() = QStringLiteral("scripted %1").arg(specimenId);
    }
    m_waiting.append({ specimenId, outcome });
    m_log->submitted.append(specimenId);
    if (m_log->preparedAhead.contains(specimenId))
        --m_log->ahead;
    m_log->maxInFlight = qMax(m_log->maxInFlight, ++m_log->inFlight);
    if (!m_held)
        QMetaObject::invokeMethod(
            this, [this, specimenId] { answer(specimenId); }, Qt::QueuedConnection);
}

void ScriptedEngine::prepareAhead(const QString &specimenId, const QString &imagePath)
{
    Q_UNUSED(imagePath);
    m_log->preparedAhead.append(specimenId);
    m_log->maxAhead = qMax(m_log->maxAhead, ++m_log->ahead);
}

void ScriptedEngine::answer(const QString &specimenId)
{
    const auto it = std::find_if(m_waiting.begin(), m_waiting.end(),
                                 [&](const Waiting &w) { return w.specimenId == specimenId; });
    if (it == m_waiting.end())
        return; // cancelled meanwhile
    const Waiting done = *it;
    m_waiting.erase(it);
    --m_log->inFlight;
    Q_EMIT finished(done.specimenId, done.outcome);
}

void ScriptedEngine::release()
{
    const QList<Waiting> waiting = m_waiting;
    for (const Waiting &w : waiting)
        answer(w.specimenId);
}

void ScriptedEngine::abortAll()
{
    ++m_log->aborts;
    // Answered through the event loop, never from inside abortAll(), as the real engines do.
    for (Waiting &w : m_waiting) {
        if (!w.outcome.success && w.outcome.error.kind == ErrorKind::Cancelled)
            continue; // already on its way
        w.outcome = failure(ErrorKind::Cancelled);
        ++m_log->cancelled;
        QMetaObject::invokeMethod(
            this, [this, id = w.specimenId] { answer(id); }, Qt::QueuedConnection);
    }
}

EngineOutcome ScriptedEngine::success(int fields)
{
    EngineOutcome outcome;
    outcome.success = true;
    outcome.attempts = 1;
    outcome.latencyMs = 10;
    // Plausible values: a binomial, a date; catalogNumber and locality become the specimen's
    // own when it is submitted.
    static const QList<std::pair<QString, QString>> terms {
        { QStringLiteral("catalogNumber"), QStringLiteral("scripted") },
        { QStringLiteral("scientificName"), QStringLiteral("Carex scripta") },
        { QStringLiteral("eventDate"), QStringLiteral("1990-06-01") },
        { QStringLiteral("recordedBy"), QStringLiteral("A. Script") },
        { QStringLiteral("locality"), QStringLiteral("scripted") },
    };
    for (int i = 0; i < qMin(fields, int(terms.size())); ++i)
        outcome.record.dwc.insert(terms.at(i).first, terms.at(i).second);
    return outcome;
}

EngineOutcome ScriptedEngine::failure(ErrorKind kind, bool fatal, int status)
{
    EngineOutcome outcome;
    outcome.attempts = 1;
    outcome.latencyMs = 10;
    outcome.error = { kind, status, QStringLiteral("scripted %1 failure").arg(nameOf(kind)) };
    outcome.fatal = fatal;
    return outcome;
}

} // namespace herb::test
