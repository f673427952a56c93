#include "CliRun.h"

#include "ChatTestServer.h"
#include "TestSupport.h"
#include "events/EventLogReader.h"

#include <algorithm>

namespace herb::test {

CliTextOutcome toText(const CliOutcome &outcome)
{
    return { outcome.exitCode, QString::fromUtf8(outcome.out), QString::fromUtf8(outcome.err) };
}

CliOutcome finishHerbstream(QProcess &process, int timeoutMs)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

CliOutcome runHerbstream(const QStringList &arguments, int timeoutMs,
                         const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HERBSTREAM_EXE), arguments); // tests/CMakeLists.txt
    // Blocking here is safe: a ChatTestServer answers on its own thread.
    return finishHerbstream(process, timeoutMs);
}

QProcessEnvironment environmentWithKey(const ChatTestServer &server)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kTestKeyVariable), QString::fromLatin1(server.apiKey()));
    return environment;
}

QStringList runCommandLine(const ChatTestServer &server, const QString &images, const QString &out,
                           const QStringList &extra)
{
    return QStringList { QStringLiteral("run"),           images,
                         QStringLiteral("--out"),         out,
                         QStringLiteral("--engine"),      QStringLiteral("openai"),
                         QStringLiteral("--model"),       QString::fromLatin1(kTestModel),
                         QStringLiteral("--base-url"),    server.baseUrl().toString(),
                         QStringLiteral("--api-key-env"), QString::fromLatin1(kTestKeyVariable) }
    + extra;
}

CliOutcome runHerbstream(const ChatTestServer &server, const QStringList &arguments, int timeoutMs)
{
    return runHerbstream(arguments, timeoutMs, environmentWithKey(server));
}

CliOutcome runAgainst(const ChatTestServer &server, const QString &images, const QString &out,
                      const QStringList &extra)
{
    return runHerbstream(server, runCommandLine(server, images, out, extra));
}

std::vector<Event> runEvents(const QString &runFolder)
{
    return EventLogReader::readAll(runFolder + QLatin1String("/events.jsonl")).events;
}

int countEvents(const std::vector<Event> &events, EventType type)
{
    return int(std::count_if(events.begin(), events.end(),
                             [type](const Event &e) { return e.type == type; }));
}

int occurrenceRowCount(const QString &runFolder)
{
    const QByteArray csv = readFile(runFolder + QLatin1String("/occurrence.csv"));
    return int(csv.count("\r\n")) - 1; // minus the header
}

} // namespace herb::test
