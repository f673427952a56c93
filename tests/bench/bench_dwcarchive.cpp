// Writing the Darwin Core Archive of a large run (issue 11): dwca.zip of 100,000 occurrences
// (meta.xml, eml.xml and a tab-separated occurrence.txt of about 25 MB), from the entries to
// the file on disk. BM_WriteDwcArchive times all of it (occurrence table, texts, zip, file);
// BM_ZipDwcArchive only the zip library's part: the same three files into a zip in memory.
// The archive's size is reported as a counter. CPU time is reported too: on a loaded machine wall
// time includes waiting for a core.

#include "dwc/DwcArchiveWriter.h"
#include "dwc/OccurrenceTable.h"
#include "dwc/ZipWriter.h"

#include "ZipReader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace herb;

namespace {

bool isSmokeRun()
{
    return qEnvironmentVariable("HERBSTREAM_BENCH_SMOKE") == QLatin1String("1");
}

// Label-like values, different in every row so deflate sees realistic (not repeated) text.
QList<OccurrenceEntry> entries(int count)
{
    QList<OccurrenceEntry> list;
    list.reserve(count);
    const QStringList genera { QStringLiteral("Carex"), QStringLiteral("Salix"),
                               QStringLiteral("Rosa"), QStringLiteral("Poa"),
                               QStringLiteral("Juncus") };
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("sheets/%1/MO-%2.jpg").arg(i / 1000).arg(i);
        OccurrenceEntry entry;
        entry.specimenId = id;
        entry.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
        entry.dwc = {
            { QStringLiteral("scientificName"),
              QStringLiteral("%1 species-%2 L.").arg(genera.at(i % genera.size())).arg(i % 997) },
            { QStringLiteral("catalogNumber"), QStringLiteral("MO-%1").arg(i) },
            { QStringLiteral("recordedBy"), QStringLiteral("J. A. Steyermark %1").arg(i % 311) },
            { QStringLiteral("eventDate"),
              QStringLiteral("19%1-%2-%3")
                  .arg(30 + i % 60)
                  .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                  .arg(1 + i % 28, 2, 10, QLatin1Char('0')) },
            { QStringLiteral("locality"),
              QStringLiteral("Ozark Plateau, %1 km N of Eminence, gravel bar of creek %2")
                  .arg(i % 83)
                  .arg(i % 1009) },
            { QStringLiteral("decimalLatitude"),
              QString::number(36.0 + (i % 10000) / 10000.0, 'f', 5) },
            { QStringLiteral("decimalLongitude"),
              QString::number(-91.0 - (i % 7919) / 10000.0, 'f', 5) },
            { QStringLiteral("country"), QStringLiteral("United States") },
            { QStringLiteral("stateProvince"), QStringLiteral("Missouri") },
        };
        list.append(std::move(entry));
    }
    return list;
}

void BM_WriteDwcArchive(benchmark::State &state)
{
    const QList<OccurrenceEntry> rows = entries(int(state.range(0)));
    DwcExportSettings settings;
    settings.institutionCode = QStringLiteral("MO");
    settings.collectionCode = QStringLiteral("Herbarium");
    settings.title = QStringLiteral("Benchmark export");
    const DwcArchiveWriter writer(settings);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dwca.zip"));
    for (auto _ : state) {
        QString error;
        if (!writer.write(path, rows, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters[QStringLiteral("zip_MB").toStdString()] = QFileInfo(path).size() / 1e6;
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ZipDwcArchive(benchmark::State &state)
{
    DwcExportSettings settings;
    settings.institutionCode = QStringLiteral("MO");
    settings.title = QStringLiteral("Benchmark export");
    ZipReader files;
    if (!files.read(DwcArchiveWriter(settings).archive(entries(int(state.range(0)))))) {
        state.SkipWithError(qPrintable(files.errorString()));
        return;
    }
    qint64 size = 0;
    for (auto _ : state) {
        ZipWriter zip;
        for (const QString &name : files.names())
            zip.addFile(name, files.data(name));
        size = zip.archive().size();
    }
    state.counters[QStringLiteral("zip_MB").toStdString()] = size / 1e6;
    state.counters[QStringLiteral("text_MB").toStdString()]
        = files.data(QStringLiteral("occurrence.txt")).size() / 1e6;
}

} // namespace

BENCHMARK(BM_ZipDwcArchive)
    ->Arg(isSmokeRun() ? 1'000 : 100'000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

BENCHMARK(BM_WriteDwcArchive)
    ->Arg(isSmokeRun() ? 1'000 : 100'000)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

BENCHMARK_MAIN();
