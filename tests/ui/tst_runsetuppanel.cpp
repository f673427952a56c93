#include "ChatTestServer.h"
#include "FakeApiKeyStore.h"
#include "Named.h"
#include "Screenshots.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "run/PublicationOptions.h"
#include "setup/AdvancedSettingsBox.h"
#include "setup/KeychainApiKeyStore.h"
#include "setup/RunSetupPanel.h"
#include "window/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatTestServer;

// The run setup panel with real widgets: the Advanced thresholds, recent folders and prompts,
// the API key store (and what it tells when no keychain answers), and "Check" against the
// loopback server.
class TestRunSetupPanel : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = "vision/test-model";
    QTemporaryDir m_dir;

    static QString messages(const QList<SetupFinding> &findings, SetupFinding::Level level)
    {
        QStringList texts;
        for (const SetupFinding &finding : findings)
            if (finding.level == level)
                texts << finding.text;
        return texts.join(QLatin1Char('\n'));
    }

    QList<SetupFinding> check(RunSetupPanel &panel)
    {
        QSignalSpy finished(&panel, &RunSetupPanel::checkFinished);
        test::named<QPushButton>(&panel, QStringLiteral("check"))->click();
        // The check answers through the event loop: the window is never blocked on it.
        if (finished.isEmpty())
            [&] { QVERIFY(finished.wait(30'000)); }();
        return panel.findings();
    }

    // The Advanced values advancedFieldsRoundTrip sets (stall seconds typed in as 900).
    static void verifyAdvanced(const RunConfig &config)
    {
        QCOMPARE(config.validation.checkpointSize, 12);
        QCOMPARE(config.validation.checkpointMinRate, 0.65);
        QCOMPARE(config.validation.monitorEvery, 40);
        QCOMPARE(config.validation.monitorMinRate, 0.8);
        QCOMPARE(config.validation.stallSeconds, 900);
        QCOMPARE(config.minCoreFields, 4);
        QCOMPARE(config.maxSide, 3000);
        QCOMPARE(config.ocrLanguages, QStringLiteral("eng+fra"));
        QCOMPARE(config.timeoutSeconds, 90);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HerbstreamTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_runsetuppanel"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void advancedFieldsRoundTrip()
    {
        FakeApiKeyStore keys;
        RunConfig config;
        config.validation.checkpointSize = 12;
        config.validation.checkpointMinRate = 0.65;
        config.validation.monitorEvery = 40;
        config.validation.monitorMinRate = 0.8;
        config.validation.stallSeconds = 600;
        config.minCoreFields = 4;
        config.maxSide = 3000;
        config.ocrLanguages = QStringLiteral("eng+fra");
        config.timeoutSeconds = 90;
        {
            RunSetupPanel panel(nullptr, &keys);
            QVERIFY(!test::named<AdvancedSettingsBox>(&panel)->isExpanded());
            panel.applyConfig(config);
            // Typed into a field, a value reaches the run's configuration.
            auto *stall = test::named<AdvancedSettingsBox>(&panel)->findChild<QSpinBox *>(
                QStringLiteral("stallSeconds"));
            QVERIFY(stall);
            QCOMPARE(stall->value(), 600);
            stall->setValue(900);
            test::named<AdvancedSettingsBox>(&panel)->setExpanded(true);
            const RunConfig out = panel.draftConfig();
            verifyAdvanced(out);
            AppSettings settings;
            panel.saveSettings(settings);
            settings.sync();
        }
        AppSettings settings;
        QCOMPARE(settings.runOptions().validation.stallSeconds, 900);
        QCOMPARE(settings.runOptions().validation.checkpointMinRate, 0.65);
        QCOMPARE(settings.runOptions().maxSide, 3000);
        RunSetupPanel reopened(nullptr, &keys);
        reopened.loadSettings(settings);
        QVERIFY(test::named<AdvancedSettingsBox>(&reopened)->isExpanded());
        const RunConfig back = reopened.draftConfig();
        verifyAdvanced(back);
        // Every field has a name a screen reader can say.
        for (QWidget *field :
             test::named<AdvancedSettingsBox>(&reopened)->findChildren<QWidget *>())
            if (qobject_cast<QAbstractSpinBox *>(field)
                || (qobject_cast<QLineEdit *>(field)
                    && !qobject_cast<QAbstractSpinBox *>(field->parentWidget())))
                QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        reopened.resize(460, 1000);
        reopened.show();
        QVERIFY(herb::test::saveScreenshot(&reopened, QStringLiteral("setup-advanced")));
    }

    // Issue 14: a run started from the window carried no licence and no codes, whatever the
    // command line or the stored Publication settings said.
    void publicationSettingsReachTheRun()
    {
        FakeApiKeyStore keys;
        {
            RunSetupPanel fresh(nullptr, &keys);
            QCOMPARE(fresh.runConfig().exportSettings.license,
                     QStringLiteral("http://creativecommons.org/licenses/by/4.0/legalcode"));
            QCOMPARE(fresh.runConfig().exportSettings.kingdom, QStringLiteral("Plantae"));
        }
        RunConfig config;
        config.exportSettings.license
            = QStringLiteral("http://creativecommons.org/licenses/by-nc/4.0/legalcode");
        config.exportSettings.institutionCode = QStringLiteral("WIN");
        config.exportSettings.collectionCode = QStringLiteral("Herbarium");
        config.exportSettings.creatorName = QStringLiteral("Ada Curator");
        config.exportSettings.catalogPrefixes = QStringLiteral("DAO=AAFC/DAO");
        {
            RunSetupPanel panel(nullptr, &keys);
            panel.applyConfig(config);
            const RunConfig run = panel.runConfig();
            QCOMPARE(run.exportSettings.license, config.exportSettings.license);
            QCOMPARE(run.exportSettings.institutionCode, QStringLiteral("WIN"));
            QCOMPARE(run.exportSettings.collectionCode, QStringLiteral("Herbarium"));
            QCOMPARE(run.exportSettings.creatorName, QStringLiteral("Ada Curator"));
            QCOMPARE(run.exportSettings.catalogPrefixes, QStringLiteral("DAO=AAFC/DAO"));
            // run.json records what the run publishes under.
            const QJsonObject exported = run.toJson().value(QLatin1String("export")).toObject();
            QCOMPARE(exported.value(QLatin1String("license")).toString(),
                     config.exportSettings.license);
            QCOMPARE(exported.value(QLatin1String("institution_code")).toString(),
                     QStringLiteral("WIN"));
            AppSettings settings;
            panel.saveSettings(settings);
            settings.sync();
        }
        // Stored once, used by the next window too.
        AppSettings settings;
        RunSetupPanel reopened(nullptr, &keys);
        reopened.loadSettings(settings);
        QCOMPARE(reopened.runConfig().exportSettings.license, config.exportSettings.license);
        QCOMPARE(reopened.runConfig().exportSettings.institutionCode, QStringLiteral("WIN"));
        // The command line reads the same stored settings.
        RunConfig fromStore;
        readStoredPublication(QSettings(), fromStore);
        QCOMPARE(fromStore.exportSettings.institutionCode, QStringLiteral("WIN"));
        QCOMPARE(fromStore.exportSettings.license, config.exportSettings.license);
        QSettings().remove(QStringLiteral("publication"));
    }

    void withRecentKeepsEightDistinctMostRecentFirst()
    {
        QStringList list;
        for (int i = 0; i < 10; ++i)
            list = AppSettings::withRecent(list, QStringLiteral("/data/f%1").arg(i));
        QCOMPARE(list.size(), AppSettings::kMaxRecent);
        QCOMPARE(list.first(), QStringLiteral("/data/f9"));
        list = AppSettings::withRecent(list, QStringLiteral("/data/f5/"));
        QCOMPARE(list.first(), QStringLiteral("/data/f5"));
        QCOMPARE(list.count(QStringLiteral("/data/f5")), 1);
        QCOMPARE(list.size(), AppSettings::kMaxRecent);
    }

    // Issue 11: a large folder is counted off the GUI thread, and a folder chosen meanwhile
    // wins over the one before (whose late count is dropped).
    void largeFolderIsCountedOffTheGuiThread()
    {
        const QString big = m_dir.filePath(QStringLiteral("big"));
        for (int folder = 0; folder < 200; ++folder) {
            const QString sub = QStringLiteral("%1/box%2").arg(big).arg(folder);
            QVERIFY(QDir().mkpath(sub));
            for (int file = 0; file < 20; ++file) // listed, never opened: empty is enough
                QVERIFY(test::writeFile(QStringLiteral("%1/sheet%2.jpg").arg(sub).arg(file), ""));
        }
        const QString small
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("small")), 3);
        FakeApiKeyStore keys;
        RunSetupPanel panel(nullptr, &keys);
        panel.setImagesFolder(big);
        // Nothing is listed before setImagesFolder returns.
        QCOMPARE(panel.imageCountText(), QStringLiteral("Counting the images…"));
        QCOMPARE(panel.imageCount(), 0);
        QVERIFY(panel.isCountingImages());
        panel.setImagesFolder(small);
        QTRY_VERIFY(!panel.isCountingImages());
        QCOMPARE(panel.imageCount(), 3);
        QTest::qWait(300); // a late count of the big folder would land here
        QCOMPARE(panel.imageCount(), 3);
        QCOMPARE(panel.imageCountText(), QStringLiteral("3 image(s) found"));

        QSignalSpy changes(&panel, &RunSetupPanel::imagesChanged);
        panel.setImagesFolder(big);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isCountingImages(), 60000);
        QCOMPARE(panel.imageCount(), 4000);
        QCOMPARE(changes.size(), 2); // "counting" (0), then the count
        QCOMPARE(changes.last().at(0).toInt(), 4000);
    }

    void recentFoldersAndPrompts()
    {
        FakeApiKeyStore keys;
        const QString a
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("recent-a")), 1);
        const QString b
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("recent-b")), 2);
        const QString c
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("recent-c")), 3);
        const QString prompt = m_dir.filePath(QStringLiteral("recent.prompt"));
        QVERIFY(test::writeFile(prompt, "Return JSON with scientificName and locality.\n"));
        {
            RunSetupPanel panel(nullptr, &keys);
            // A folder joins the recent ones once its images are counted (off the GUI thread).
            for (const QString &folder :
                 { a, b, c, a, m_dir.filePath(QStringLiteral("missing")) /* not kept */ }) {
                panel.setImagesFolder(folder);
                QTRY_VERIFY(!panel.isCountingImages());
            }
            panel.setPromptFile(prompt);
            QCOMPARE(panel.recentImageFolders(), QStringList({ a, c, b }));
            QCOMPARE(panel.recentPromptFiles(), QStringList({ QDir::cleanPath(prompt) }));
            panel.setImagesFolder(a);
            QTRY_VERIFY(!panel.isCountingImages());
            AppSettings settings;
            panel.saveSettings(settings);
        }
        QVERIFY(QDir(c).removeRecursively()); // a recent folder that has gone is dropped
        AppSettings settings;
        QCOMPARE(settings.recentImageFolders(), QStringList({ a, b }));
        RunSetupPanel reopened(nullptr, &keys);
        reopened.loadSettings(settings);
        QCOMPARE(reopened.recentImageFolders(), QStringList({ a, b }));
        // The menu offers them; choosing one fills the field and counts its images.
        const QList<QAction *> actions = reopened.recentImagesMenu()->actions();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(QDir::fromNativeSeparators(actions.at(1)->text()), b);
        actions.at(1)->trigger();
        QTRY_COMPARE(reopened.imageCount(), 2);
        QCOMPARE(reopened.recentImageFolders().first(), b);
        QCOMPARE(reopened.recentPromptsMenu()->actions().size(), 1);
    }

    void apiKeyRoundTripThroughTheStore()
    {
        ChatTestServer server;
        FakeApiKeyStore keys;
        const QString secret = QStringLiteral("sk-keychain-only-7731");
        {
            RunSetupPanel panel(nullptr, &keys);
            RunConfig config;
            config.baseUrl = server.baseUrl();
            config.apiKey = secret;
            panel.applyConfig(config);
            panel.storeApiKey();
            QTRY_COMPARE(keys.storedKey(QStringLiteral("127.0.0.1")), secret);
            AppSettings settings;
            panel.saveSettings(settings);
            settings.sync();
        }
        QSettings raw;
        for (const QString &key : raw.allKeys())
            QVERIFY2(!raw.value(key).toString().contains(QStringLiteral("sk-keychain")),
                     qPrintable(key));

        // On start-up the key for the configured endpoint comes back from the store.
        AppSettings settings;
        QCOMPARE(settings.runOptions().baseUrl, server.baseUrl());
        RunSetupPanel reopened(nullptr, &keys);
        reopened.loadSettings(settings);
        QTRY_COMPARE(reopened.draftConfig().apiKey, secret);
        QVERIFY(reopened.apiKeyNoticeText().isEmpty());

        // Another endpoint does not get this one's key.
        auto *url = reopened.findChild<QLineEdit *>();
        for (QLineEdit *edit : reopened.findChildren<QLineEdit *>())
            if (edit->accessibleName() == QStringLiteral("Base URL"))
                url = edit;
        url->setText(QStringLiteral("https://models.example.org/v1"));
        Q_EMIT url->editingFinished();
        QVERIFY(reopened.draftConfig().apiKey.isEmpty());

        // "Forget the stored key" in the key field removes it from the store.
        url->setText(server.baseUrl().toString());
        Q_EMIT url->editingFinished();
        QTRY_COMPARE(reopened.draftConfig().apiKey, secret);
        QAction *forget = nullptr;
        for (QLineEdit *edit : reopened.findChildren<QLineEdit *>())
            if (edit->accessibleName() == QStringLiteral("API key"))
                for (QAction *action : edit->actions())
                    if (action->text() == QStringLiteral("Forget the stored key"))
                        forget = action;
        QVERIFY(forget);
        forget->trigger();
        QVERIFY(reopened.draftConfig().apiKey.isEmpty());
        QTRY_VERIFY(keys.storedKey(QStringLiteral("127.0.0.1")).isEmpty());
    }

    void noKeychainTellsTheUser()
    {
        FakeApiKeyStore keys(false);
        RunSetupPanel panel(nullptr, &keys);
        panel.show();
        QVERIFY(panel.apiKeyNoticeText().isEmpty());
        panel.readApiKey();
        QVERIFY2(panel.apiKeyNoticeText().startsWith(QStringLiteral("No keychain available")),
                 qPrintable(panel.apiKeyNoticeText()));
        QVERIFY(panel.apiKeyNoticeText().contains(QStringLiteral("until Herbstream closes")));
        // The key is still kept, in memory, for the session.
        RunConfig config;
        config.apiKey = QStringLiteral("sk-session-only-1");
        panel.applyConfig(config);
        panel.storeApiKey();
        QTRY_COMPARE(keys.storedKey(QStringLiteral("openrouter.ai")),
                     QStringLiteral("sk-session-only-1"));
    }

    // The real store on a machine without a keychain (no D-Bus session, as CI): it falls back
    // to memory, tells, and still keeps the key for the session.
    void realStoreFallsBackWithoutKeychain()
    {
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("A D-Bus session is here: the real keychain must not be touched by tests");
        KeychainApiKeyStore keys;
        QSignalSpy fallback(&keys, &ApiKeyStore::sessionOnlyChanged);
        QSignalSpy written(&keys, &ApiKeyStore::writeFinished);
        keys.write(QStringLiteral("example.org"), QStringLiteral("sk-memory-2"));
        QVERIFY(written.wait(30'000));
        QCOMPARE(fallback.size(), 1);
        QVERIFY(keys.isSessionOnly());
        QSignalSpy read(&keys, &ApiKeyStore::readFinished);
        keys.read(QStringLiteral("example.org"));
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("sk-memory-2"));
        RunSetupPanel panel(nullptr, &keys);
        panel.show();
        QVERIFY(panel.apiKeyNoticeText().startsWith(QStringLiteral("No keychain available")));
    }

    // A window closed while the keychain is still answering: the job outlives the store.
    void storeDeletedWhileTheKeychainAnswers()
    {
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("A D-Bus session is here: the real keychain must not be touched by tests");
        for (int i = 0; i < 5; ++i) {
            auto *panel = new RunSetupPanel; // the real store, owned by the panel
            panel->readApiKey();
            QTest::qWait(i * 5); // the keychain is asked, and has not answered yet
            delete panel;
        }
        QTest::qWait(500); // the pending answers arrive and find nobody
        KeychainApiKeyStore keys;
        QSignalSpy read(&keys, &ApiKeyStore::readFinished);
        keys.read(QStringLiteral("example.org"));
        QVERIFY(read.wait(30'000));
    }

    void checkFindings_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("goodKey");
        QTest::addColumn<QString>("expectedError");
        QTest::addRow("good") << QString::fromLatin1(kModel) << true << QString();
        QTest::addRow("bad key") << QString::fromLatin1(kModel) << false
                                 << QStringLiteral("The API key was refused");
        QTest::addRow("unknown model") << QStringLiteral("vision/tset-model") << true
                                       << QStringLiteral("did you mean vision/test-model?");
    }

    void checkFindings()
    {
        QFETCH(QString, model);
        QFETCH(bool, goodKey);
        QFETCH(QString, expectedError);
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        FakeApiKeyStore keys;
        RunSetupPanel panel(nullptr, &keys);
        RunConfig config;
        config.imagesFolder
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("check")), 3);
        config.baseUrl = server.baseUrl();
        config.model = model;
        config.apiKey
            = goodKey ? QString::fromLatin1(server.apiKey()) : QStringLiteral("sk-wrong-key");
        panel.applyConfig(config);
        const QList<SetupFinding> findings = check(panel);
        const QString errors = messages(findings, SetupFinding::Level::Error);
        const QString oks = messages(findings, SetupFinding::Level::Ok);
        QVERIFY(oks.contains(QStringLiteral("3 image(s) found.")));
        QVERIFY(oks.contains(QStringLiteral("built-in prompt")));
        if (expectedError.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors));
            QVERIFY(oks.contains(QStringLiteral("The server accepted the API key.")));
            QVERIFY(oks.contains(QStringLiteral("The model vision/test-model is available.")));
        } else {
            QVERIFY2(errors.contains(expectedError), qPrintable(errors));
        }
        // A check sends no image and makes no run folder.
        QCOMPARE(server.imagesReceived(), 0);
        QCOMPARE(server.chatCompletionCount(), 0);
        QVERIFY(test::named<QPushButton>(&panel, QStringLiteral("check"))->isEnabled());
        if (QTest::currentDataTag() == QLatin1String("unknown model")) {
            panel.show();
            panel.resize(460, 900);
            QVERIFY(herb::test::saveScreenshot(&panel, QStringLiteral("setup-check")));
        }
    }

    void checkFindsLocalProblems()
    {
        FakeApiKeyStore keys;
        RunSetupPanel panel(nullptr, &keys);
        const QString full = m_dir.filePath(QStringLiteral("full-out"));
        QVERIFY(QDir().mkpath(full));
        QVERIFY(test::writeFile(full + QStringLiteral("/events.jsonl"), "{}\n"));
        RunConfig config;
        config.engine = EngineKind::Tesseract;
        config.imagesFolder = m_dir.filePath(QStringLiteral("no-images"));
        QDir().mkpath(config.imagesFolder);
        config.outFolder = full;
        panel.applyConfig(config);
        const QString errors = messages(check(panel), SetupFinding::Level::Error);
        QVERIFY2(errors.contains(QStringLiteral("has no images")), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("is not empty")), qPrintable(errors));

        // The offline engine: Tesseract's language data is looked for.
        config.ocrLanguages = QStringLiteral("zzz");
        config.imagesFolder
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("offline")), 1);
        config.outFolder = m_dir.filePath(QStringLiteral("offline-out"));
        panel.applyConfig(config);
        const QList<SetupFinding> offline = check(panel);
        QVERIFY2(messages(offline, SetupFinding::Level::Error).contains(QStringLiteral("zzz")),
                 qPrintable(messages(offline, SetupFinding::Level::Error)));
        QVERIFY(
            messages(offline, SetupFinding::Level::Ok).contains(QStringLiteral("can be written")));
        QVERIFY(!QFileInfo::exists(config.outFolder)); // a check creates nothing

        // The vision engine reads the prompt: an empty one is a problem.
        const QString empty = m_dir.filePath(QStringLiteral("empty-prompt.prompt"));
        QVERIFY(test::writeFile(empty, ""));
        config.engine = EngineKind::OpenAi;
        config.promptPath = empty;
        const QString promptErrors
            = messages(SetupCheck::localFindings(config), SetupFinding::Level::Error);
        QVERIFY2(!promptErrors.isEmpty(), "an empty prompt must be a problem");
    }
};

QTEST_MAIN(TestRunSetupPanel)
#include "tst_runsetuppanel.moc"
