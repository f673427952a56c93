// A run of 100,000 specimens (issue 11, "One run, 100,000 specimens"):
// - `herbstream run` over 10,000 and 100,000 tiny generated images against a chat-completions
//   server on loopback answering after 0-5 ms, concurrency 32: wall time and peak memory, and
//   how both grow from 10,000 to 100,000 (targets: linear time, memory growth under 200 MB);
// - the 100,000-specimen run killed (SIGKILL) once half its requests reached the server, then
//   `--resume`d: the time from starting the process to its first new request (target <= 5 s).
//
// The executable runs as a child process, so its peak memory is its own: the kernel's
// ru_maxrss of that child (wait4), not the server's or the image generator's in this process.
// The server (tests/support/ChatTestServer) runs here on a thread of its own, keeping only
// counts. The images are written once per size (110,000 files of ~1 KB, ~10 s) under
// HERBSTREAM_BENCH_DIR or the temporary folder, 1,000 to a folder as a herbarium's boxes.
// HERBSTREAM_BENCH_EXE runs another executable than this build's (a before/after comparison);
// HERBSTREAM_BENCH_KEEP=1 keeps the folder with the run folders and their console output.
#include "BenchEvents.h"
#include "ChatTestServer.h"
#include "CliRun.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace herb;
using herb::test::ChatTestServer;

namespace {

constexpr int kConcurrency = 32;
constexpr int kImagesPerFolder = 1000;

QTemporaryDir &workDir()
{
    static QTemporaryDir dir(QDir(qEnvironmentVariable("HERBSTREAM_BENCH_DIR", QDir::tempPath()))
                                 .filePath(QStringLiteral("herbstream-largerun-XXXXXX")));
    static const bool kept = [] {
        // HERBSTREAM_BENCH_KEEP=1 keeps the folder (the runs' console output, *.log) to look at.
        if (qEnvironmentVariableIntValue("HERBSTREAM_BENCH_KEEP") == 1) {
            dir.setAutoRemove(false);
            std::fprintf(stderr, "keeping %s\n", qPrintable(dir.path()));
            return true;
        }
        return false;
    }();
    Q_UNUSED(kept);
    return dir;
}

// `count` distinct tiny JPEGs (48×64): one encoded image, each copy with its own comment
// segment (COM) after SOI, of 20 to 120 bytes, so contents differ and sizes spread.
QString imageFolder(int count)
{
    const QString folder = workDir().filePath(QStringLiteral("images-%1").arg(count));
    if (QFileInfo::exists(folder))
        return folder;
    QImage image(48, 64, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb(200, x * 5, y * 4));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    for (int i = 0; i < count; ++i) {
        const QString box = QStringLiteral("%1/box%2")
                                .arg(folder)
                                .arg(i / kImagesPerFolder, 3, 10, QLatin1Char('0'));
        if (i % kImagesPerFolder == 0)
            QDir().mkpath(box);
        QByteArray comment = QByteArray("specimen ") + QByteArray::number(i);
        comment += QByteArray(i % 101, ' ');
        const int length = int(comment.size()) + 2;
        QByteArray bytes = jpeg.left(2); // SOI
        bytes += char(0xFF);
        bytes += char(0xFE);
        bytes += char(length >> 8);
        bytes += char(length & 0xFF);
        bytes += comment;
        bytes += jpeg.mid(2);
        QFile file(QStringLiteral("%1/s%2.jpg").arg(box).arg(i, 6, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    return folder;
}

struct ChildRun
{
    int exitCode = -1; // -1: killed or crashed
    double seconds = 0; // start of the process to its end
    double firstRequestSeconds = -1; // start of the process to the first chat completion
    double peakRssMb = 0; // ru_maxrss of the child
    double rssAtTenthMb = 0; // resident size once a tenth of `expected` was requested
    int requests = 0; // chat completions the server received from this process
};

double residentMb(pid_t pid)
{
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                             : 0;
}

// Runs the executable to its end, or kills it (SIGKILL) once `killAfter` chat completions of
// it reached the server. stdout and stderr go to `logPath`.
ChildRun runChild(ChatTestServer &server, const QStringList &arguments, const QString &logPath,
                  int expected, int killAfter = 0)
{
    // HERBSTREAM_BENCH_EXE: another build's executable, to compare before and after a change.
    const QByteArray exe = qEnvironmentVariableIsSet("HERBSTREAM_BENCH_EXE")
        ? qgetenv("HERBSTREAM_BENCH_EXE")
        : QByteArray(HERBSTREAM_EXE);
    std::vector<QByteArray> argBytes { exe };
    for (const QString &argument : arguments)
        argBytes.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envBytes;
    for (const QString &entry : test::environmentWithKey(server).toStringList())
        envBytes.push_back(entry.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray log = logPath.toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, 1, log.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    ChildRun run;
    const int before = server.chatCompletionCount();
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0)
        qFatal("cannot start %s", argv[0]);
    posix_spawn_file_actions_destroy(&actions);

    bool killed = false;
    for (int polls = 0;; ++polls) {
        int status = 0;
        rusage usage {};
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        run.requests = server.chatCompletionCount() - before;
        if (done == pid) {
            run.seconds = double(clock.nsecsElapsed()) / 1e9;
            run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
            run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            return run;
        }
        if (run.requests > 0 && run.firstRequestSeconds < 0)
            run.firstRequestSeconds = double(clock.nsecsElapsed()) / 1e9;
        if (run.rssAtTenthMb == 0 && run.requests >= expected / 10)
            run.rssAtTenthMb = residentMb(pid);
        if (killAfter > 0 && !killed && run.requests >= killAfter) {
            ::kill(pid, SIGKILL);
            killed = true;
        }
        if (!killed && clock.elapsed() > 3600 * 1000) {
            ::kill(pid, SIGKILL); // hung: an hour is far beyond any run here
            killed = true;
        }
        QThread::usleep(500);
    }
}

ChatTestServer &server()
{
    static ChatTestServer server;
    static bool configured = false;
    if (!configured) {
        server.setModels({ QString::fromLatin1(test::kTestModel) });
        server.setLatencyMs(0);
        server.setLatencyJitterMs(5);
        server.setKeepRequests(false);
        configured = true;
    }
    return server;
}

QStringList runArguments(const QString &images, const QString &out, const QStringList &extra = {})
{
    return test::runCommandLine(
        server(), images, out,
        QStringList { QStringLiteral("--concurrency"), QString::number(kConcurrency) } + extra);
}

struct Figures
{
    double seconds = 0;
    double peakRssMb = 0;
};
std::map<int, Figures> g_fullRuns; // specimens -> figures, for the summary

void setCounters(benchmark::State &state, const ChildRun &run, int specimens)
{
    state.counters["wall_s"] = run.seconds;
    state.counters["specimens_per_s"] = specimens / run.seconds;
    state.counters["peak_rss_mb"] = run.peakRssMb;
    state.counters["rss_at_10pct_mb"] = run.rssAtTenthMb;
    state.counters["first_request_s"] = run.firstRequestSeconds;
    state.counters["requests"] = run.requests;
}

int scaled(int specimens)
{
    // The smoke run (ctest) keeps the shape at a hundredth of the size.
    return bench::smokeRun() ? specimens / 100 : specimens;
}

void BM_LargeRun(benchmark::State &state)
{
    const int count = scaled(int(state.range(0)));
    const QString images = imageFolder(count);
    int round = 0;
    for (auto _ : state) {
        const QString out = workDir().filePath(QStringLiteral("run-%1-%2").arg(count).arg(round++));
        const ChildRun run
            = runChild(server(), runArguments(images, out), out + QStringLiteral(".log"), count);
        if (run.exitCode != 0 || run.requests != count)
            state.SkipWithError(qPrintable(QStringLiteral("the run did not complete: exit code %1, "
                                                          "%2 requests (see %3.log)")
                                               .arg(run.exitCode)
                                               .arg(run.requests)
                                               .arg(out)));
        state.SetIterationTime(run.seconds);
        setCounters(state, run, count);
        g_fullRuns[count] = { run.seconds, run.peakRssMb };
        if (workDir().autoRemove())
            QDir(out).removeRecursively();
    }
}
BENCHMARK(BM_LargeRun)
    ->Arg(10000)
    ->Arg(100000)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kSecond);

void BM_ResumeAfterKill(benchmark::State &state)
{
    const int count = scaled(int(state.range(0)));
    const QString images = imageFolder(count);
    int round = 0;
    for (auto _ : state) {
        const QString out
            = workDir().filePath(QStringLiteral("resume-%1-%2").arg(count).arg(round++));
        const ChildRun first = runChild(server(), runArguments(images, out),
                                        out + QStringLiteral(".log"), count, count / 2);
        const ChildRun resumed
            = runChild(server(), runArguments(images, out, { QStringLiteral("--resume") }),
                       out + QStringLiteral("-resume.log"), count / 2);
        // What was in flight at the kill has no record and is sent again.
        if (first.exitCode != -1 || resumed.exitCode != 0
            || first.requests + resumed.requests < count
            || resumed.requests > count - count / 2 + 2 * kConcurrency)
            state.SkipWithError(
                qPrintable(QStringLiteral("the resumed run did not complete: exit codes %1 and "
                                          "%2, %3 + %4 requests (see %5*.log)")
                               .arg(first.exitCode)
                               .arg(resumed.exitCode)
                               .arg(first.requests)
                               .arg(resumed.requests)
                               .arg(out)));
        state.SetIterationTime(resumed.firstRequestSeconds);
        state.counters["killed_after_s"] = first.seconds;
        state.counters["killed_peak_rss_mb"] = first.peakRssMb;
        state.counters["first_request_s"] = resumed.firstRequestSeconds;
        state.counters["resume_wall_s"] = resumed.seconds;
        state.counters["resume_peak_rss_mb"] = resumed.peakRssMb;
        state.counters["resume_requests"] = resumed.requests;
        if (workDir().autoRemove())
            QDir(out).removeRecursively();
    }
}
BENCHMARK(BM_ResumeAfterKill)
    ->Arg(100000)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (g_fullRuns.size() >= 2) {
        const auto &[small, smallFigures] = *g_fullRuns.cbegin();
        const auto &[large, largeFigures] = *g_fullRuns.crbegin();
        std::printf("growth %d -> %d specimens (x%.0f): wall time x%.2f, %.0f -> %.0f us per "
                    "specimen; peak RSS %+.1f MB (%.1f -> %.1f MB)\n",
                    small, large, double(large) / small,
                    largeFigures.seconds / smallFigures.seconds, 1e6 * smallFigures.seconds / small,
                    1e6 * largeFigures.seconds / large,
                    largeFigures.peakRssMb - smallFigures.peakRssMb, smallFigures.peakRssMb,
                    largeFigures.peakRssMb);
    }
    return 0;
}
