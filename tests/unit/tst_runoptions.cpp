#include "run/RunOptions.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace herb;

// The table of run options (issue 11, item 3): one declaration per option, read by the command
// line, the settings store, the Advanced box and run.json.
class TestRunOptions : public QObject
{
    Q_OBJECT

private:
    static const RunOption &option(const char *name)
    {
        const RunOption *found = findRunOption(QString::fromLatin1(name));
        if (!found)
            qFatal("no run option %s", name);
        return *found;
    }

    static QString parseError(const char *name, const QString &text)
    {
        QString error;
        if (option(name).parse(text, &error))
            return QStringLiteral("accepted");
        return error;
    }

private Q_SLOTS:
    void namesAndKeysAreUnique()
    {
        QSet<QString> names, keys, jsonKeys;
        for (const RunOption &o : runOptions()) {
            QVERIFY2(!names.contains(o.optionName()), o.name);
            names.insert(o.optionName());
            if (o.settingsKey) {
                QVERIFY2(!keys.contains(QLatin1String(o.settingsKey)), o.settingsKey);
                keys.insert(QLatin1String(o.settingsKey));
            }
            if (o.jsonKey) {
                QVERIFY2(!jsonKeys.contains(QLatin1String(o.jsonKey)), o.jsonKey);
                jsonKeys.insert(QLatin1String(o.jsonKey));
            }
            QVERIFY2(o.help, o.name);
            // A field of the Advanced box is remembered, or the window would forget it.
            QVERIFY2(!o.window.label || o.settingsKey, o.name);
            // A value option names its value in --help.
            QVERIFY2((o.field.kind == RunField::Kind::Flag) == (o.valueName == nullptr), o.name);
        }
        QVERIFY(names.size() >= 24);
    }

    void defaultsAreRunConfigs()
    {
        const RunConfig defaults;
        QCOMPARE(option("concurrency").defaultText(), QString::number(defaults.concurrency));
        QCOMPARE(option("model").defaultText(), defaults.model);
        QCOMPARE(option("base-url").defaultText(), defaults.baseUrl.toString());
        QCOMPARE(option("checkpoint-min-rate").defaultText(),
                 QString::number(defaults.validation.checkpointMinRate));
        QCOMPARE(option("stall-seconds").defaultText(),
                 QString::number(defaults.validation.stallSeconds));
        // Derived when absent: --help says how instead of a value.
        QCOMPARE(option("engine").defaultText(), QString());
        QVERIFY(option("engine").description().contains(QLatin1String("Default: openai when")));
        QVERIFY(option("concurrency").description().endsWith(QLatin1String("Default: 4.")));
        // Every default lies in its own range.
        for (const RunOption &o : runOptions()) {
            if (o.field.kind != RunField::Kind::Integer && o.field.kind != RunField::Kind::Rate)
                continue;
            const double value = o.defaultValue().toDouble();
            QVERIFY2(value >= o.minimum && value <= o.maximum, o.name);
        }
    }

    void badValuesNameTheOptionAndTheValue()
    {
        QCOMPARE(parseError("concurrency", QStringLiteral("abc")),
                 QStringLiteral("--concurrency: 'abc' is not a whole number from 1 to 256"));
        QCOMPARE(parseError("concurrency", QStringLiteral("0")),
                 QStringLiteral("--concurrency: '0' is not a whole number from 1 to 256"));
        QCOMPARE(parseError("concurrency", QStringLiteral("257")),
                 QStringLiteral("--concurrency: '257' is not a whole number from 1 to 256"));
        QCOMPARE(parseError("concurrency", QStringLiteral("2.5")),
                 QStringLiteral("--concurrency: '2.5' is not a whole number from 1 to 256"));
        QCOMPARE(parseError("concurrency", QStringLiteral("256")), QStringLiteral("accepted"));
        QCOMPARE(parseError("monitor-min-rate", QStringLiteral("1.5")),
                 QStringLiteral("--monitor-min-rate: '1.5' is not a number from 0 to 1"));
        QCOMPARE(parseError("monitor-min-rate", QStringLiteral("nan")),
                 QStringLiteral("--monitor-min-rate: 'nan' is not a number from 0 to 1"));
        QCOMPARE(parseError("monitor-min-rate", QStringLiteral("0.25")),
                 QStringLiteral("accepted"));
        QCOMPARE(parseError("base-url", QStringLiteral("no scheme")),
                 QStringLiteral("--base-url: 'no scheme' is not a URL"));
        QCOMPARE(parseError("engine", QStringLiteral("gpt")),
                 QStringLiteral("--engine: 'gpt' is not one of openai, tesseract"));
        QCOMPARE(parseError("engine", QStringLiteral("tesseract")), QStringLiteral("accepted"));
    }

    void aValueSetThroughTheTableReachesRunConfig()
    {
        RunConfig config;
        option("checkpoint").field.set(config, 12);
        option("monitor-min-rate").field.set(config, 0.8);
        option("base-url").field.set(config, QStringLiteral("http://127.0.0.1:9/v1"));
        QCOMPARE(config.validation.checkpointSize, 12);
        QCOMPARE(config.validation.monitorMinRate, 0.8);
        QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QCOMPARE(option("checkpoint").field.get(config).toInt(), 12);
    }

    // Issue 12: --halt-on and --trust-checks take comma-separated names of their choices.
    void nameListsTakeTheirChoicesOnly()
    {
        const RunOption &haltOn = option("halt-on");
        QCOMPARE(haltOn.defaultText(), QStringLiteral("prompt_leak,identical_records"));
        QString error;
        const auto value
            = haltOn.parse(QStringLiteral("repeated_values, barcode_mismatch"), &error);
        QVERIFY(value);
        RunConfig config;
        haltOn.field.set(config, *value);
        QCOMPARE(
            config.trust.haltOn,
            QStringList({ QStringLiteral("repeated_values"), QStringLiteral("barcode_mismatch") }));
        QVERIFY(config.trust.haltsOn(WarningReason::BarcodeMismatch));
        QVERIFY(!config.trust.haltsOn(WarningReason::PromptLeak));
        haltOn.field.set(config, *haltOn.parse(QStringLiteral("none"), &error));
        QVERIFY(config.trust.haltOn.isEmpty());
        QCOMPARE(haltOn.toText(haltOn.field.get(config)), QStringLiteral("none"));
        QVERIFY(!haltOn.parse(QStringLiteral("prompt_leak,stalled"), &error));
        QCOMPARE(error,
                 QStringLiteral("--halt-on: 'stalled' is not one of prompt_leak, "
                                "repeated_values, identical_records, barcode_mismatch, "
                                "implausible_values, control_accuracy, unknown_names, "
                                "model_disagreement, or none"));
        const RunOption &checks = option("trust-checks");
        checks.field.set(config, *checks.parse(QStringLiteral("prompt,barcode"), &error));
        QVERIFY(config.trust.runs(TrustSettings::kBarcodeCheck));
        QVERIFY(!config.trust.runs(TrustSettings::kRepeatsCheck));
    }

    // run.json keeps the shape it had before the table (scripts read it).
    void runJsonKeepsItsShape()
    {
        RunConfig config;
        config.imagesFolder = QStringLiteral("/data/sheets");
        config.outFolder = QStringLiteral("/data/run");
        config.engine = EngineKind::OpenAi;
        config.baseUrl = QUrl(QStringLiteral("https://user:pw@example.org/v1?key=secret"));
        config.concurrency = 7;
        config.validation.checkpointSize = 9;
        config.validation.monitorMinRate = 0.6;
        config.exportSettings.license = QStringLiteral("L");
        config.exportSettings.title = QStringLiteral("T");
        QJsonObject json = config.toJson();
        QCOMPARE(json.value(QLatin1String("concurrency")).toInt(), 7);
        QCOMPARE(json.value(QLatin1String("prompt")).toString(), QStringLiteral("built-in"));
        QCOMPARE(json.value(QLatin1String("endpoint")).toString(),
                 QStringLiteral("https://example.org/v1")); // never the user info or query
        QCOMPARE(json.value(QLatin1String("model")).toString(), config.model);
        QCOMPARE(json.value(QLatin1String("api_key_env")).toString(), config.apiKeyEnv);
        QCOMPARE(json.value(QLatin1String("deny_data_collection")).toBool(), false);
        QVERIFY(!json.contains(QLatin1String("ocr_languages")));
        const QJsonObject thresholds = json.value(QLatin1String("thresholds")).toObject();
        QCOMPARE(thresholds.value(QLatin1String("checkpoint")).toInt(), 9);
        QCOMPARE(thresholds.value(QLatin1String("monitor_min_rate")).toDouble(), 0.6);
        QCOMPARE(thresholds.value(QLatin1String("image_error_burst")).toInt(),
                 config.validation.imageErrorBurst);
        const QJsonObject exported = json.value(QLatin1String("export")).toObject();
        QCOMPARE(exported.value(QLatin1String("license")).toString(), QStringLiteral("L"));
        QCOMPARE(exported.value(QLatin1String("title")).toString(), QStringLiteral("T"));
        QStringList keys = json.keys();
        QCOMPARE(keys,
                 QStringList({ "api_key_env", "attempt_deadline_s", "concurrency",
                               "deny_data_collection", "endpoint", "engine", "export", "images",
                               "limit", "max_retry_wait_s", "max_side", "min_core_fields", "model",
                               "out", "prompt", "thresholds", "timeout_s", "trust" }));
        const QJsonObject trust = json.value(QLatin1String("trust")).toObject();
        QCOMPARE(trust.value(QLatin1String("halt_on")).toArray(),
                 QJsonArray({ "prompt_leak", "identical_records" }));
        QCOMPARE(trust.value(QLatin1String("checks")).toArray().size(), 4);
        // Control sheets (check 6): none by default, their interval and threshold recorded.
        QCOMPARE(trust.value(QLatin1String("controls")).toString(), QString());
        QCOMPARE(trust.value(QLatin1String("control_every")).toInt(), 50);
        QCOMPARE(trust.value(QLatin1String("control_min_accuracy")).toDouble(), 0.6);

        config.engine = EngineKind::Tesseract;
        json = config.toJson();
        QCOMPARE(json.value(QLatin1String("ocr_languages")).toString(), QStringLiteral("eng"));
        QVERIFY(!json.contains(QLatin1String("model")));
        QVERIFY(!json.contains(QLatin1String("endpoint")));
        QVERIFY(!json.contains(QLatin1String("api_key_env")));
    }
};

QTEST_GUILESS_MAIN(TestRunOptions)
#include "tst_runoptions.moc"
