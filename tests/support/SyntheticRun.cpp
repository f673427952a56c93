#include "SyntheticRun.h"

#include <QJsonArray>

namespace herb::test {

EventBatch SyntheticRun::events() const
{
    EventBatch batch;
    qint64 now = startMs;
    auto push = [&](Event event) {
        event.seq = batch.size() + 1;
        event.timestampMs = now;
        event.runId = QStringLiteral("20261127T220000Z-test");
        batch.append(std::move(event));
    };

    ExtractionStarted started;
    started.specimenCount = specimens;
    started.pendingCount = specimens;
    started.details = QJsonObject {
        { QStringLiteral("engine"), QStringLiteral("openai") },
        { QStringLiteral("model"), QStringLiteral("vision/test-model") },
        { QStringLiteral("prompt"),
          QJsonObject { { QStringLiteral("path"), QStringLiteral("/prompts/labels.prompt") },
                        { QStringLiteral("sha256"), QStringLiteral("ab12cd34ef56ab12cd34") } } },
        { QStringLiteral("thresholds"),
          QJsonObject { { QStringLiteral("checkpoint"), checkpointSize },
                        { QStringLiteral("checkpoint_min_rate"), checkpointMinRate },
                        { QStringLiteral("monitor_min_rate"), monitorMinRate } } },
    };
    push(Event::started(started));

    const int count = stopAtCheckpoint ? checkpointSize : specimens;
    qint64 success = 0;
    qint64 failed = 0;
    for (int i = 1; i <= count; ++i) {
        const QString id = QStringLiteral("box1/sheet_%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        push(Event::processing(id));
        now += stepMs;
        const bool fails
            = stopAtCheckpoint ? i > checkpointSuccesses : (failEvery > 0 && i % failEvery == 0);
        SpecimenFinished finished;
        finished.specimenId = id;
        finished.sequence = i;
        finished.latencyMs = 800 + (i % 7) * 300;
        finished.usage = { 1000, 200, 0.001 };
        if (fails) {
            ++failed;
            finished.error = { ErrorKind::Parse, 0, QStringLiteral("the reply is not JSON") };
        } else {
            ++success;
            finished.filledTerms = { QStringLiteral("scientificName"),
                                     QStringLiteral("catalogNumber"), QStringLiteral("eventDate") };
            if (i % 2 == 0)
                finished.filledTerms.append(QStringLiteral("recordedBy"));
            finished.fieldsExtracted = int(finished.filledTerms.size());
        }
        finished.metrics = { i, success, failed, double(success) / double(i), 60.0 };
        push(fails ? Event::failed(finished) : Event::completed(finished));
        if (i == checkpointSize) {
            ValidationCheckpoint checkpoint;
            checkpoint.checked = checkpointSize;
            checkpoint.successCount = int(success);
            checkpoint.successRate = double(success) / double(checkpointSize);
            checkpoint.threshold = checkpointMinRate;
            checkpoint.passed = checkpoint.successRate >= checkpointMinRate;
            push(Event::checkpoint(checkpoint));
        }
    }
    const MetricsSnapshot metrics { count, success, failed, double(success) / double(count), 60.0 };
    if (stopAtCheckpoint) {
        Event stop = Event::extractionFailed(
            FailureReason::EarlyValidationFailed,
            QStringLiteral("%1 of the first %2 specimens failed").arg(failed).arg(count));
        stop.as<ExtractionFailed>()->metrics = metrics;
        push(stop);
    } else {
        push(Event::extractionCompleted({ 1, double(count * stepMs) / 1000.0, metrics }));
    }
    return batch;
}

} // namespace herb::test
