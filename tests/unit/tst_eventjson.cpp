#include "events/EventJson.h"
#include "util/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace herb;

class TestEventJson : public QObject
{
    Q_OBJECT

private:
    static Event exampleCompleted()
    {
        SpecimenFinished finished;
        finished.specimenId = QStringLiteral("box12/specimen_005.jpg");
        finished.sequence = 5;
        finished.fieldsExtracted = 14;
        finished.latencyMs = 2310;
        finished.attempts = 1;
        finished.metrics = { 5, 5, 0, 1.0, 24.1 };
        Event event = Event::completed(finished);
        event.timestampMs = 1795812662123; // 2026-11-27T20:51:02.123Z
        event.runId = QStringLiteral("20261127T205102Z-3f9c");
        event.seq = 12;
        return event;
    }

private Q_SLOTS:
    void completedLineMatchesTheDesignExample()
    {
        const std::string line = eventLine(exampleCompleted());
        QCOMPARE(
            QByteArray::fromStdString(line),
            QByteArray(
                "{\"event_type\":\"specimen.completed\",\"timestamp\":\"2026-11-27T20:51:02.123Z\","
                "\"run_id\":\"20261127T205102Z-3f9c\",\"seq\":12,\"data\":{\"specimen_id\":\"box12/"
                "specimen_005.jpg\","
                "\"sequence\":5,\"result\":{\"success\":true,\"fields_extracted\":14},\"latency_"
                "ms\":2310,"
                "\"attempts\":1,\"metrics\":{\"total_processed\":5,\"success_count\":5,\"failed_"
                "count\":0,"
                "\"success_rate\":1.0,\"specimens_per_minute\":24.1}}}"
                "\n"));
        // And it is JSON any tool reads.
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object()
                     .value(QLatin1String("data"))
                     .toObject()
                     .value(QLatin1String("sequence"))
                     .toInt(),
                 5);
    }

    void everyTypeRoundTrips_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < 12; ++i)
            QTest::addRow("%d", i) << i;
    }

    void everyTypeRoundTrips()
    {
        QFETCH(int, index);
        std::vector<Event> events;
        ExtractionStarted started;
        started.session = 2;
        started.specimenCount = 40;
        started.pendingCount = 12;
        started.details = QJsonObject {
            { QStringLiteral("engine"), QStringLiteral("openai") },
            { QStringLiteral("prompt"),
              QJsonObject { { QStringLiteral("sha256"), QStringLiteral("ab") } } }
        };
        events.push_back(Event::started(started));
        events.push_back(Event::processing(QStringLiteral("a/b.jpg"), 2));
        events.push_back(exampleCompleted());
        SpecimenFinished failed;
        failed.specimenId = QStringLiteral("x \"quoted\"\n\u00e9\u4e2d.jpg");
        failed.error = { ErrorKind::Http, 401, QStringLiteral("Unauthorized") };
        failed.fatal = true;
        failed.filledTerms = { QStringLiteral("locality") };
        failed.usage = { 100, 20, 0.0015 };
        events.push_back(Event::failed(failed));
        events.push_back(
            Event::skipped(QStringLiteral("s.jpg"), QStringLiteral("already succeeded")));
        events.push_back(Event::checkpoint({ false, 1, 5, 1, 0.2, 0.5 }));
        ValidationWarning warning {
            WarningReason::Stalled, QStringLiteral("idle"), 0, 0.0, 0.0, 301
        };
        events.push_back(Event::warning(warning));
        events.push_back(Event::extractionCompleted({ 3, 12.5, { 7, 6, 1, 0.8571, 33.0 } }));
        events.push_back(Event::extractionFailed(FailureReason::EarlyValidationFailed,
                                                 QStringLiteral("why"), 4));
        ControlScore control;
        control.specimenId = QStringLiteral("c.jpg");
        control.session = 2;
        control.recheck = true;
        control.compared = 7;
        control.exact = 5;
        control.usage = { 900, 80, 0.002 };
        events.push_back(Event::control(control));
        AuditComparison audit;
        audit.specimenId = QStringLiteral("a.jpg");
        audit.session = 2;
        audit.model = QStringLiteral("vision/audit");
        audit.compared = 6;
        audit.agreed = 4;
        audit.usage = { 1200, 90, 0.003 };
        events.push_back(Event::audit(audit));
        AuditComparison failedAudit = audit;
        failedAudit.compared = failedAudit.agreed = 0;
        failedAudit.error = QStringLiteral("the audit model's answer failed: parse");
        events.push_back(Event::audit(failedAudit));

        Event original = events[size_t(index)];
        original.runId = QStringLiteral("run-1");
        original.seq = 99;
        const std::string line = eventLine(original);
        QVERIFY(line.back() == '\n');
        QCOMPARE(std::count(line.begin(), line.end(), '\n'), 1); // one line, whatever the text

        EventLineParser parser;
        Event parsed;
        QString error;
        QVERIFY2(
            parser.parse(QByteArrayView(line.data(), qsizetype(line.size() - 1)), parsed, &error),
            qPrintable(error));
        QCOMPARE(parsed.type, original.type);
        QCOMPARE(parsed.seq, 99);
        QCOMPARE(parsed.runId, QStringLiteral("run-1"));
        QCOMPARE(parsed.timestampMs, original.timestampMs);
        if (const auto *audit = original.as<AuditComparison>()) {
            QVERIFY(parsed.as<AuditComparison>());
            QCOMPARE(parsed.as<AuditComparison>()->model, audit->model);
            QCOMPARE(parsed.as<AuditComparison>()->agreed, audit->agreed);
            QCOMPARE(parsed.as<AuditComparison>()->error, audit->error);
            QCOMPARE(parsed.as<AuditComparison>()->usage.promptTokens, audit->usage.promptTokens);
        }
        // Serialising the parsed event gives the same bytes: nothing was lost or altered.
        QCOMPARE(QByteArray::fromStdString(eventLine(parsed)), QByteArray::fromStdString(line));
    }

    void unknownTypesAreKeptVerbatim()
    {
        const QByteArray line = "{\"event_type\":\"future.thing\",\"timestamp\":\"2026-01-01T00:00:"
                                "00.000Z\",\"run_id\":\"r\",\"seq\":3,\"data\":{\"x\":[1,2]}}";
        EventLineParser parser;
        Event parsed;
        QVERIFY(parser.parse(line, parsed, nullptr));
        QCOMPARE(parsed.type, EventType::Other);
        QCOMPARE(parsed.typeName(), QStringLiteral("future.thing"));
        QCOMPARE(QByteArray::fromStdString(eventLine(parsed)), line + '\n');
    }

    // An unknown type's data is written back in a form the reader takes again: an integral
    // number beyond 2^64 stays a float (found by fuzz_event_log; QJsonDocument wrote it as a
    // bare integer, which simdjson refuses).
    void unknownTypesWithHugeNumbersReadBack()
    {
        const QByteArray line = "{\"event_type\":\"future.thing\",\"timestamp\":\"2026-01-01T00:00:"
                                "00.000Z\",\"run_id\":\"r\",\"seq\":3,\"data\":{\"d\":"
                                "39223372036854775808.0,\"n\":20.0}}";
        EventLineParser parser;
        Event parsed;
        QString error;
        QVERIFY2(parser.parse(line, parsed, &error), qPrintable(error));
        const std::string written = eventLine(parsed);
        Event again;
        QVERIFY2(parser.parse(QByteArrayView(written.data(), qsizetype(written.size()) - 1), again,
                              &error),
                 qPrintable(error + QLatin1Char(' ') + QString::fromStdString(written)));
        QCOMPARE(QByteArray::fromStdString(eventLine(again)), QByteArray::fromStdString(written));
    }

    // Kinds and reasons are enums inside, named only on the wire; every name reads back as the
    // value that writes it, and a name of another version reads as Other instead of failing.
    void kindsAndReasonsKeepTheirWireNames()
    {
        for (int i = 0; i <= int(ErrorKind::Other); ++i)
            QCOMPARE(errorKindFromName(nameOf(ErrorKind(i))), ErrorKind(i));
        for (int i = 0; i <= int(FailureReason::Other); ++i)
            QCOMPARE(failureReasonFromName(nameOf(FailureReason(i))), FailureReason(i));
        for (int i = 0; i <= int(WarningReason::Other); ++i)
            QCOMPARE(warningReasonFromName(nameOf(WarningReason(i))), WarningReason(i));
        QCOMPARE(nameOf(ErrorKind::EmptyRecord), QStringLiteral("empty_record"));
        QCOMPARE(nameOf(ErrorKind::None), QString());
        QCOMPARE(nameOf(FailureReason::EarlyValidationFailed),
                 QStringLiteral("early_validation_failed"));
        QCOMPARE(nameOf(WarningReason::Waiting), QStringLiteral("waiting"));
    }

    void unknownKindsAndReasonsReadAsOther()
    {
        auto lineOf = [](const char *type, const char *data) -> QByteArray {
            QByteArray line = "{\"event_type\":\"";
            line += type;
            line += "\",\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"run_id\":\"r\",\"seq\":3,"
                    "\"data\":";
            line += data;
            line += '}';
            return line;
        };
        EventLineParser parser;
        Event failed;
        QVERIFY(parser.parse(
            lineOf("specimen.failed", "{\"specimen_id\":\"a\",\"error\":{\"kind\":\"quota\"}}"),
            failed, nullptr));
        QCOMPARE(failed.as<SpecimenFinished>()->error.kind, ErrorKind::Other);
        Event warning;
        QVERIFY(
            parser.parse(lineOf("validation.warning", "{\"reason\":\"drift\",\"message\":\"m\"}"),
                         warning, nullptr));
        QCOMPARE(warning.as<ValidationWarning>()->reason, WarningReason::Other);
        QCOMPARE(warning.as<ValidationWarning>()->message, QStringLiteral("m"));
        Event stopped;
        QVERIFY(parser.parse(lineOf("extraction.failed", "{\"reason\":\"budget\",\"session\":2}"),
                             stopped, nullptr));
        QCOMPARE(stopped.as<ExtractionFailed>()->reason, FailureReason::Other);
        QCOMPARE(stopped.as<ExtractionFailed>()->session, 2);
    }

    void corruptLinesAreRejectedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("torn") << QByteArray("{\"event_type\":\"specimen.completed\",\"timest");
        QTest::addRow("not json") << QByteArray("hello");
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("no seq") << QByteArray("{\"event_type\":\"x\",\"timestamp\":\"2026-01-01T00:"
                                              "00:00.000Z\",\"run_id\":\"r\",\"data\":{}}");
        QTest::addRow("bad time") << QByteArray("{\"event_type\":\"x\",\"timestamp\":\"yesterday\","
                                                "\"run_id\":\"r\",\"seq\":1,\"data\":{}}");
    }

    void corruptLinesAreRejectedWithAReason()
    {
        QFETCH(QByteArray, line);
        EventLineParser parser;
        Event parsed;
        QString error;
        QVERIFY(!parser.parse(line, parsed, &error));
        QVERIFY(!error.isEmpty());
    }

    // Found by fuzz_event_log: a count beyond qint64's range was converted from double with
    // undefined behaviour (x86 gave INT64_MIN). It reads as the default, like a wrong type.
    void countsOutOfRangeReadAsTheDefault_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addRow("1e99") << QByteArray("1e99");
        QTest::addRow("-1e99") << QByteArray("-1e99");
        QTest::addRow("2^63") << QByteArray("9223372036854775808");
        QTest::addRow("1.8e308") << QByteArray("1.7976931348623157e308");
    }

    void countsOutOfRangeReadAsTheDefault()
    {
        QFETCH(QByteArray, number);
        const QByteArray line
            = "{\"event_type\":\"specimen.completed\",\"timestamp\":\"2026-01-01T"
              "00:00:00.000Z\",\"run_id\":\"r\",\"seq\":3,\"data\":{\"specimen_id\":"
              "\"a\",\"latency_ms\":"
            + number + ",\"sequence\":" + number + ",\"metrics\":{\"total_processed\":" + number
            + "}}}";
        EventLineParser parser;
        Event parsed;
        QString error;
        QVERIFY2(parser.parse(line, parsed, &error), qPrintable(error));
        const auto *finished = parsed.as<SpecimenFinished>();
        QVERIFY(finished);
        QCOMPARE(finished->latencyMs, qint64(0));
        QCOMPARE(finished->sequence, qint64(0));
        QCOMPARE(finished->metrics.totalProcessed, qint64(0));
        QCOMPARE(finished->specimenId, QStringLiteral("a"));
    }

    void timestampsAreRfc3339Utc()
    {
        std::string out;
        JsonWriter::appendTimestamp(out, 0);
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("1970-01-01T00:00:00.000Z"));
        out.clear();
        JsonWriter::appendTimestamp(out, 951782400999); // leap day 2000
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("2000-02-29T00:00:00.999Z"));
    }

    void writerEscapesControlCharacters()
    {
        std::string out;
        JsonWriter w(out);
        w.beginObject();
        w.field("k", QStringLiteral("a\tb\x01\\"));
        w.field("n", 2.5);
        w.field("nan", std::nan(""));
        w.endObject();
        QCOMPARE(QByteArray::fromStdString(out),
                 QByteArray("{\"k\":\"a\\tb\\u0001\\\\\",\"n\":2.5,\"nan\":null}"));
    }
};

QTEST_GUILESS_MAIN(TestEventJson)
#include "tst_eventjson.moc"
