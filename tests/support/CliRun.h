#pragma once

#include "events/Event.h"

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

// The built herbstream executable run through QProcess, for the tests in tests/cli (only their
// targets depend on the executable, so only they may call what starts it).
namespace herb::test {

class ChatTestServer;

// What one run of the executable did. exitCode is -1 when it crashed or was killed, so that a
// crash never passes for an exit code.
struct CliOutcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The same, its output decoded from UTF-8: for tests that read it as text (help, translations).
struct CliTextOutcome
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliTextOutcome toText(const CliOutcome &outcome);

// After two minutes the executable is taken for hung and killed (the run tests' budget).
inline constexpr int kCliTimeoutMs = 120000;

// Waits for an executable already started to end (killing it after `timeoutMs`) and collects
// what it wrote.
CliOutcome finishHerbstream(QProcess &process, int timeoutMs = kCliTimeoutMs);

// Runs the executable with `arguments` to its end.
CliOutcome runHerbstream(const QStringList &arguments, int timeoutMs = kCliTimeoutMs,
                         const QProcessEnvironment &environment
                         = QProcessEnvironment::systemEnvironment());

// --- `herbstream run` against a ChatTestServer ---

// The model the command line below asks for: servers of these tests list it.
inline constexpr char kTestModel[] = "vision/test-model";
// The variable the key is passed in (--api-key-env): a key on a command line would show in ps.
inline constexpr char kTestKeyVariable[] = "HERBSTREAM_TEST_KEY";

// The system environment with the server's key in kTestKeyVariable.
QProcessEnvironment environmentWithKey(const ChatTestServer &server);

// `run IMAGES --out OUT` with the openai engine, kTestModel, the server's URL and the key in
// kTestKeyVariable; then `extra`.
QStringList runCommandLine(const ChatTestServer &server, const QString &images, const QString &out,
                           const QStringList &extra = {});

// runHerbstream with the server's key in the environment.
CliOutcome runHerbstream(const ChatTestServer &server, const QStringList &arguments,
                         int timeoutMs = kCliTimeoutMs);
// `herbstream run IMAGES --out OUT` against the server: runCommandLine, run as above.
CliOutcome runAgainst(const ChatTestServer &server, const QString &images, const QString &out,
                      const QStringList &extra = {});

// --- What a run left in its folder ---

// The events of RUN/events.jsonl, in order.
std::vector<Event> runEvents(const QString &runFolder);
int countEvents(const std::vector<Event> &events, EventType type);
// The data rows of RUN/occurrence.csv (its CRLF lines, minus the header).
int occurrenceRowCount(const QString &runFolder);

} // namespace herb::test
