// The review workbench on a large run (issue 13): opening the review of a 100,000-specimen run
// (records.jsonl read into the list, reviews.jsonl read and its lock taken, the first record's
// form shown; target <= 2 s) and one decision in it (approve and go to the next unreviewed
// record: the line written and synced, the progress counted again). Offscreen QApplication,
// real widgets, real files. HERBSTREAM_BENCH_SMOKE=1 makes the run 2,000 specimens.

#include "BenchResources.h"
#include "review/ReviewLog.h"
#include "review/ReviewSession.h"
#include "review/SpecimenReviewView.h"
#include "run/RecordStore.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <memory>

using namespace herb;

namespace {

int specimenCount()
{
    return qEnvironmentVariableIsSet("HERBSTREAM_BENCH_SMOKE") ? 2'000 : 100'000;
}

SpecimenRecord benchRecord(int n)
{
    SpecimenRecord r;
    r.specimenId
        = QStringLiteral("box%1/sheet_%2.jpg").arg(n / 1000).arg(n, 6, 10, QLatin1Char('0'));
    r.image = QStringLiteral("/nonexistent/") + r.specimenId; // the sheet is not what is timed
    r.sha256 = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
    r.success = n % 20 != 0;
    r.engine = QStringLiteral("openai");
    r.model = QStringLiteral("vision/bench-model");
    r.timestampMs = 1'700'000'000'000 + n;
    if (r.success) {
        r.record.dwc = {
            { QStringLiteral("catalogNumber"), QStringLiteral("DAO %1").arg(100000 + n) },
            { QStringLiteral("scientificName"), QStringLiteral("Carex aquatilis Wahlenb.") },
            { QStringLiteral("recordedBy"), QStringLiteral("J. M. Gillett") },
            { QStringLiteral("recordNumber"), QString::number(n % 9000) },
            { QStringLiteral("eventDate"), QStringLiteral("1972-09-14") },
            { QStringLiteral("verbatimEventDate"), QStringLiteral("14 Sept. 1972") },
            { QStringLiteral("locality"), QStringLiteral("Cypress Hills, 3 mi S of Elkwater") },
            { QStringLiteral("stateProvince"), QStringLiteral("Alberta") },
            { QStringLiteral("country"), QStringLiteral("Canada") },
            { QStringLiteral("countryCode"), QStringLiteral("CA") },
        };
        r.record.confidence.insert(QStringLiteral("locality"), 0.7);
    } else {
        r.error.kind = ErrorKind::Parse;
        r.error.message = QStringLiteral("the answer is not JSON");
    }
    return r;
}

// A run folder with `count` records and a review of every fifth record, made once.
struct BenchRun
{
    QTemporaryDir dir;
    QString folder;
    int reviewLines = 0;

    explicit BenchRun(int count)
    {
        folder = dir.filePath(QStringLiteral("run"));
        QDir().mkpath(folder);
        QString error;
        {
            auto store = RecordStore::open(folder + QLatin1String("/records.jsonl"), &error);
            for (int n = 0; store && n < count; ++n)
                store->append(benchRecord(n), &error);
        }
        auto session = ReviewSession::open(folder, &error);
        for (int n = 1; session && n < count; n += 5) {
            const SpecimenRecord record = benchRecord(n);
            if (!record.success)
                continue;
            session->setStatus(record, ReviewStatus::Approved, {}, &error);
            ++reviewLines;
        }
    }
};

BenchRun &benchRun()
{
    static BenchRun run(specimenCount());
    return run;
}

void BM_OpenReview(benchmark::State &state)
{
    BenchRun &run = benchRun();
    for (auto _ : state) {
        SpecimenReviewView view;
        view.resize(1400, 900);
        view.setRunFolder(run.folder);
        view.goNext(); // the first record's form, as the curator's first key shows it
        benchmark::DoNotOptimize(view.shownCount());
        state.PauseTiming();
        if (view.shownCount() != specimenCount() || !view.reviewSession())
            state.SkipWithError("the review did not open every specimen");
        state.ResumeTiming();
    }
    state.counters["specimens"] = specimenCount();
    state.counters["review_lines"] = run.reviewLines;
    state.counters["peak_rss_mb"] = double(bench::peakRssKb()) / 1024.0;
}
BENCHMARK(BM_OpenReview)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ApproveAndNext(benchmark::State &state)
{
    BenchRun &run = benchRun();
    SpecimenReviewView view;
    view.setRunFolder(run.folder);
    view.goNextUnreviewed();
    for (auto _ : state) {
        if (!view.approveAndNext()) {
            state.SkipWithError("no record left to approve");
            break;
        }
    }
    state.counters["specimens"] = specimenCount();
}
BENCHMARK(BM_ApproveAndNext)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(200);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
