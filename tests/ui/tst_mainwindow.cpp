#include "ChatTestServer.h"
#include "FakeApiKeyStore.h"
#include "Named.h"
#include "Screenshots.h"
#include "SyntheticRun.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "ZipReader.h"
#include "alerts/ArchiveCheckBanner.h"
#include "alerts/StoppedDialog.h"
#include "alerts/WarningBanner.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/RunDashboard.h"
#include "eventlog/EventLogModel.h"
#include "eventlog/EventLogView.h"
#include "events/EventJson.h"
#include "extraction/Prompt.h"
#include "publish/ArchiveCheck.h"
#include "publish/ArchiveCheckReport.h"
#include "review/SpecimenListModel.h"
#include "review/SpecimenReviewView.h"
#include "run/RecordStore.h"
#include "scoring/CsvReader.h"
#include "setup/PublicationDialog.h"
#include "setup/RunSetupPanel.h"
#include "window/AppSettings.h"
#include "window/MainWindow.h"
#include "window/RecentRuns.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

// The window with real widgets on the offscreen platform: drops, a full run against the
// loopback server, the stop alert, watching a log.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = "vision/test-model";

    static bool drop(QWidget *target, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint pos(target->width() / 2, target->height() / 2);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropped);
        return dropped.isAccepted();
    }

    static RunConfig serverConfig(const ChatTestServer &server, const QString &images,
                                  const QString &out)
    {
        RunConfig config;
        config.imagesFolder = images;
        config.outFolder = out;
        config.engine = EngineKind::OpenAi;
        config.model = QString::fromLatin1(kModel);
        config.baseUrl = server.baseUrl();
        config.apiKey = QString::fromLatin1(server.apiKey());
        config.concurrency = 2;
        return config;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HerbstreamTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void dropFolderShowsImageCount()
    {
        const QString images = m_dir.filePath(QStringLiteral("drop"));
        const QStringList files = herb::test::writeSheets(images, 7);
        MainWindow window;
        window.show();
        QVERIFY(drop(&window, { QUrl::fromLocalFile(images) }));
        // Counted on a pool thread: the window says so until the count is in.
        QVERIFY(!window.startRun());
        QTRY_VERIFY(!test::named<RunSetupPanel>(&window)->isCountingImages());
        QCOMPARE(test::named<RunSetupPanel>(&window)->imageCountText(),
                 QStringLiteral("7 image(s) found"));
        QCOMPARE(test::named<RunSetupPanel>(&window)->imageCount(), 7);
        QCOMPARE(QDir(test::named<RunSetupPanel>(&window)->imagesFolder()), QDir(images));
        QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("setup")));

        // Image files stand for their folder.
        MainWindow second;
        QVERIFY(
            drop(&second, { QUrl::fromLocalFile(files.at(0)), QUrl::fromLocalFile(files.at(3)) }));
        QTRY_COMPARE(test::named<RunSetupPanel>(&second)->imageCount(), 7);

        // Something that is not a local file is refused.
        QVERIFY(!drop(&second, { QUrl(QStringLiteral("https://example.org/a.jpg")) }));
    }

    void dropPromptShowsPreviewAndHash()
    {
        const QString path = m_dir.filePath(QStringLiteral("labels.prompt"));
        QVERIFY(test::writeFile(path,
                                "Transcribe the label. Return JSON with scientificName, "
                                "recordedBy, eventDate and locality.\n"));
        MainWindow window;
        QVERIFY(drop(&window, { QUrl::fromLocalFile(path) }));
        QString error;
        const auto prompt = Prompt::load(path, &error);
        QVERIFY2(prompt, qPrintable(error));
        QCOMPARE(test::named<RunSetupPanel>(&window)->promptSha256Text(),
                 QString(QStringLiteral("SHA-256 ") + prompt->sha256()));
        QVERIFY(test::named<RunSetupPanel>(&window)->promptPreviewText().contains(
            QStringLiteral("Return JSON with scientificName")));
        QCOMPARE(QDir::cleanPath(test::named<RunSetupPanel>(&window)->promptPath()),
                 QDir::cleanPath(path));
    }

    void fullRunFillsDashboardAndLog()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        const QString images = m_dir.filePath(QStringLiteral("good"));
        herb::test::writeSheets(images, 8);
        const QString out = m_dir.filePath(QStringLiteral("good-run"));
        FakeApiKeyStore keys;
        MainWindow window(nullptr, &keys);
        window.show();
        window.applyConfig(serverConfig(server, images, out));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        // As `herbstream gui IMAGES --start` does: the run starts once the images are counted.
        QVERIFY(test::named<RunSetupPanel>(&window)->isCountingImages());
        window.startRunOnceCounted();
        QTRY_VERIFY(window.isRunning());
        QCOMPARE(test::named<RunSetupPanel>(&window)->imageCount(), 8);
        QVERIFY(!test::named<QPushButton>(&window, QStringLiteral("start"))->isEnabled());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(!window.isRunning());
        QVERIFY(test::named<QPushButton>(&window, QStringLiteral("start"))->isEnabled());
        QVERIFY(!window.stoppedDialog());

        RunDashboard *dashboard = test::named<RunDashboard>(&window);
        QCOMPARE(dashboard->tileText(RunDashboard::Tile::Processed), QStringLiteral("8 / 8"));
        QCOMPARE(dashboard->tileText(RunDashboard::Tile::SuccessRate), QStringLiteral("100.0 %"));
        QCOMPARE(dashboard->tileText(RunDashboard::Tile::Eta), QStringLiteral("Done"));
        QCOMPARE(test::chartPart<QLineSeries>(dashboard, QStringLiteral("cumulative"))->count(), 8);
        QVERIFY(!test::named<DashboardCharts>(dashboard)->coverageTerms().isEmpty());

        EventLogModel *model = test::named<EventLogModel>(&window);
        // started, processing and completed per specimen, checkpoint, completed at least
        QVERIFY(model->rowCount() >= 1 + 8 * 2 + 2);
        QCOMPARE(model->typeAt(0), EventType::ExtractionStarted);
        QCOMPARE(model->typeAt(model->rowCount() - 1), EventType::ExtractionCompleted);
        QCOMPARE(server.imagesReceived(), 8);
        // The key of a run that started is kept in the store for the endpoint's host.
        QCOMPARE(keys.storedKey(QStringLiteral("127.0.0.1")), QString::fromLatin1(server.apiKey()));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/events.jsonl")));
        QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("finished-dashboard")));

        // The same run, dropped as a log to watch, fills a new window's views.
        MainWindow watcher;
        QVERIFY(drop(&watcher, { QUrl::fromLocalFile(out + QStringLiteral("/events.jsonl")) }));
        QCOMPARE(test::named<EventLogModel>(&watcher)->rowCount(), model->rowCount());
        QCOMPARE(test::named<RunDashboard>(&watcher)->tileText(RunDashboard::Tile::Processed),
                 QStringLiteral("8 / 8"));
        QVERIFY(!test::named<QPushButton>(&watcher, QStringLiteral("resume"))
                     ->isEnabled()); // it finished

        // The Specimens tab lists them with their records; one shows its sheet and fields.
        SpecimenReviewView *review = test::named<SpecimenReviewView>(&window);
        QTRY_COMPARE(
            test::named<SpecimenListModel>(review)->count(SpecimenListModel::Status::Succeeded), 8);
        QTRY_VERIFY(test::named<SpecimenListModel>(review)->entryAt(0).hasRecord());
        test::named<QTabWidget>(&window, QStringLiteral("runViews"))->setCurrentWidget(review);
        QSignalSpy shown(review, &SpecimenReviewView::imageShown);
        QVERIFY(
            review->selectSpecimen(test::named<SpecimenListModel>(review)->entryAt(0).specimenId));
        QVERIFY(shown.wait(10'000));
        QVERIFY(!review->shownImage().isNull());
        QVERIFY(test::named<QTableWidget>(review, QStringLiteral("fields"))->rowCount() >= 3);
        QVERIFY(review->errorText().isEmpty());
        QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("review-succeeded")));

        // File menu: the run is the most recent, and its folder can be opened.
        QVERIFY(test::named<QAction>(&window, QStringLiteral("openOutputFolder"))->isEnabled());
        const QString log = QFileInfo(out + QStringLiteral("/events.jsonl")).absoluteFilePath();
        QCOMPARE(test::named<RecentRuns>(&window)->paths().value(0), log);
        MainWindow later;
        QCOMPARE(test::named<RecentRuns>(&later)->paths().value(0), log);
        QVERIFY(!test::named<QAction>(&later, QStringLiteral("openOutputFolder"))->isEnabled());
    }

    // Issue 14: a run from the window publishes under the Publication settings (chosen in
    // Settings > Publication) and its archive carries the model's values in GBIF's forms.
    void windowRunPublishesUnderThePublicationSettings()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        server.setRecordContent(QByteArrayLiteral(
            R"({"catalogNumber":"WIN 0042","scientificName":"Carex aquatilis",)"
            R"("eventDate":"19 June 1955","recordedBy":"J. Smith","locality":"Cypress Hills",)"
            R"("decimalLatitude":"49°02'N","decimalLongitude":"111.55 W","countryCode":"Canada"})"));
        const QString images = m_dir.filePath(QStringLiteral("publish"));
        herb::test::writeSheets(images, 2);
        const QString out = m_dir.filePath(QStringLiteral("publish-run"));
        FakeApiKeyStore keys;
        MainWindow window(nullptr, &keys);
        window.show();
        window.applyConfig(serverConfig(server, images, out));

        // Settings > Publication, as a person fills it in.
        test::named<QAction>(&window, QStringLiteral("publication"))->trigger();
        auto *dialog = test::named<PublicationDialog>(&window);
        auto *licence = test::named<QComboBox>(dialog, QStringLiteral("license"));
        licence->setCurrentIndex(licence->findText(QStringLiteral("CC BY-NC 4.0")));
        test::named<QLineEdit>(dialog, QStringLiteral("institution-code"))->setText("WIN");
        test::named<QLineEdit>(dialog, QStringLiteral("creator-name"))->setText("Ada Curator");
        dialog->accept();

        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.startRunOnceCounted();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toInt(), 0);

        const QString byNc
            = QStringLiteral("http://creativecommons.org/licenses/by-nc/4.0/legalcode");
        const QJsonObject runJson
            = QJsonDocument::fromJson(test::readFile(out + QStringLiteral("/run.json"))).object();
        const QJsonObject exported = runJson.value(QLatin1String("sessions"))
                                         .toArray()
                                         .last()
                                         .toObject()
                                         .value(QLatin1String("settings"))
                                         .toObject()
                                         .value(QLatin1String("export"))
                                         .toObject();
        QCOMPARE(exported.value(QLatin1String("license")).toString(), byNc);
        QCOMPARE(exported.value(QLatin1String("institution_code")).toString(),
                 QStringLiteral("WIN"));

        QString error;
        const QList<QStringList> rows
            = CsvReader::readFile(out + QStringLiteral("/occurrence.csv"), &error);
        QCOMPARE(rows.size(), 3);
        const QStringList header = rows.first();
        for (const QStringList &row : rows.mid(1)) {
            const auto value
                = [&](const char *term) { return row.value(header.indexOf(QLatin1String(term))); };
            QCOMPARE(value("license"), byNc);
            QCOMPARE(value("institutionCode"), QStringLiteral("WIN"));
            QCOMPARE(value("eventDate"), QStringLiteral("1955-06-19"));
            QCOMPARE(value("decimalLatitude"), QStringLiteral("49.033333"));
            QCOMPARE(value("decimalLongitude"), QStringLiteral("-111.55"));
            QCOMPARE(value("countryCode"), QStringLiteral("CA"));
            QCOMPARE(value("geodeticDatum"), QStringLiteral("not recorded"));
        }
        ZipReader zip;
        QVERIFY(zip.readFile(out + QStringLiteral("/dwca.zip")));
        const QByteArray eml = zip.data(QStringLiteral("eml.xml"));
        QVERIFY(eml.contains("<intellectualRights>"));
        QVERIFY(eml.contains(byNc.toUtf8()));
        QVERIFY(eml.contains("<surName>Curator</surName>"));
        // GBIF's checks, as check-archive makes them: nothing refused, nothing warned.
        const ArchiveCheckResult check = checkArchive(out + QStringLiteral("/dwca.zip"));
        QCOMPARE(check.records, 2);
        QVERIFY2(check.issues.isEmpty(), qPrintable(archiveCheckReport(check)));
        // And the window said so at the run's end.
        auto *banner = test::named<ArchiveCheckBanner>(&window);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->verdict(), ArchiveCheckBanner::Verdict::Passes);
        QVERIFY2(banner->text().contains(QLatin1String("2 records")), qPrintable(banner->text()));

        // Stored once: the next window runs under the same settings.
        MainWindow later(nullptr, &keys);
        test::named<QAction>(&later, QStringLiteral("publication"))->trigger();
        QCOMPARE(test::named<QComboBox>(test::named<PublicationDialog>(&later),
                                        QStringLiteral("license"))
                     ->currentText(),
                 QStringLiteral("CC BY-NC 4.0"));
        QSettings().remove(QStringLiteral("publication"));
    }

    void wrongPromptStopsWithTheAlert()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::Prose);
        const QString images = m_dir.filePath(QStringLiteral("prose"));
        herb::test::writeSheets(images, 30);
        MainWindow window;
        window.show();
        RunConfig config
            = serverConfig(server, images, m_dir.filePath(QStringLiteral("prose-run")));
        config.concurrency = 4;
        window.applyConfig(config);
        QTRY_VERIFY(!test::named<RunSetupPanel>(&window)->isCountingImages());
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toInt(), 3);

        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *dialog = qobject_cast<StoppedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog, window.stoppedDialog());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Extraction stopped"));
        QVERIFY2(dialog->explanationText().startsWith(
                     QStringLiteral("5 of the first 5 specimens failed: success 0 % is below "
                                    "the 50 % threshold")),
                 qPrintable(dialog->explanationText()));
        QVERIFY(dialog->setupLabelText().contains(QString::fromLatin1(kModel)));
        QVERIFY(dialog->setupLabelText().contains(QStringLiteral("Prompt: built-in")));
        QVERIFY(!dialog->errorLines().isEmpty());
        QVERIFY(server.imagesReceived() <= 5);
        QVERIFY(!window.isRunning());
        QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("stopped-window")));
        QVERIFY(herb::test::saveScreenshot(dialog, QStringLiteral("stopped-alert")));
        // A stopped run can be resumed (after fixing the prompt).
        QVERIFY(test::named<QPushButton>(&window, QStringLiteral("resume"))->isEnabled());

        // The alert's "Show Failed Specimens" lists just those, with their errors.
        QVERIFY(test::named<QPushButton>(dialog, QStringLiteral("showFailed"))->isEnabled());
        QTest::mouseClick(test::named<QPushButton>(dialog, QStringLiteral("showFailed")),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.stoppedDialog());
        SpecimenReviewView *review = test::named<SpecimenReviewView>(&window);
        QCOMPARE(test::named<QTabWidget>(&window, QStringLiteral("runViews"))->currentWidget(),
                 review);
        QVERIFY(test::named<QCheckBox>(review, QStringLiteral("failedOnly"))->isChecked());
        QTRY_VERIFY(
            test::named<QSortFilterProxyModel>(review, QStringLiteral("shownSpecimens"))->rowCount()
            > 0);
        QCOMPARE(test::named<QSortFilterProxyModel>(review, QStringLiteral("shownSpecimens"))
                     ->rowCount(),
                 test::named<SpecimenListModel>(review)->count(SpecimenListModel::Status::Failed));
        QSignalSpy shown(review, &SpecimenReviewView::imageShown);
        const QString first
            = test::named<QSortFilterProxyModel>(review, QStringLiteral("shownSpecimens"))
                  ->index(0, 0)
                  .data(SpecimenListModel::SpecimenIdRole)
                  .toString();
        QVERIFY(review->selectSpecimen(first));
        QVERIFY(shown.wait(10'000));
        QVERIFY(review->errorText().startsWith(QStringLiteral("Error (")));
        QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("review-failed")));
    }

    void warningShowsTheBanner()
    {
        // A long run's log with a rolling-rate warning in it, written by the real serialiser.
        test::SyntheticRun run;
        run.specimens = 60;
        EventBatch events = run.events();
        ValidationWarning warning;
        warning.reason = WarningReason::LowSuccessRate;
        warning.window = 50;
        warning.successRate = 0.5;
        warning.threshold = 0.7;
        Event event = Event::warning(warning);
        event.runId = events.first().runId;
        events.insert(events.size() - 1, event);
        for (qsizetype i = 0; i < events.size(); ++i)
            events[i].seq = i + 1;
        const QString folder = m_dir.filePath(QStringLiteral("warned-run"));
        QDir().mkpath(folder);
        std::string text;
        for (const Event &e : std::as_const(events))
            appendEventLine(text, e);
        QVERIFY(test::writeFile(folder + QStringLiteral("/events.jsonl"),
                                QByteArray::fromStdString(text)));

        MainWindow window;
        window.show();
        QVERIFY(!test::named<WarningBanner>(&window)->isVisible());
        QVERIFY(window.openRunLog(folder + QStringLiteral("/events.jsonl")));
        QVERIFY(test::named<WarningBanner>(&window)->isVisible());
        QVERIFY2(test::named<WarningBanner>(&window)->text().startsWith(
                     QStringLiteral("Only 25 of the last 50 specimens succeeded (50 %)")),
                 qPrintable(test::named<WarningBanner>(&window)->text()));
        QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("warning-banner")));
        test::named<WarningBanner>(&window)->dismiss();
        QVERIFY(!test::named<WarningBanner>(&window)->isVisible());
    }

    void resumeRecordsEverySpecimenOnce()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        // Eight answers, then none until the stop: under load the window can be slow to see
        // the sixth and stop, and a run that finished meanwhile would leave nothing to resume.
        server.setScript(QList<ChatMode>(8, ChatMode::GoodRecord));
        server.setMode(ChatMode::Stall);
        server.setLatencyMs(150);
        const QString images = m_dir.filePath(QStringLiteral("resume"));
        herb::test::writeSheets(images, 14);
        const QString out = m_dir.filePath(QStringLiteral("resume-run"));
        const RunConfig config = serverConfig(server, images, out);
        {
            MainWindow window;
            window.show();
            window.applyConfig(config);
            QTRY_VERIFY(!test::named<RunSetupPanel>(&window)->isCountingImages());
            QVERIFY(!test::named<QPushButton>(&window, QStringLiteral("resume"))->isEnabled());
            QSignalSpy finished(&window, &MainWindow::runFinished);
            QVERIFY(window.startRun());
            QTRY_VERIFY_WITH_TIMEOUT(
                test::named<RunDashboard>(&window)->summary().metrics().totalProcessed() >= 6,
                60'000);
            QVERIFY(herb::test::saveScreenshot(&window, QStringLiteral("running")));
            window.stopRun();
            QVERIFY(finished.wait(60'000));
            QVERIFY(test::named<RunDashboard>(&window)->summary().metrics().totalProcessed() < 14);
            QVERIFY(test::named<QPushButton>(&window, QStringLiteral("resume"))->isEnabled());
        }

        // Opened later from its log: Resume continues the folder with the settings on screen.
        server.setMode(ChatMode::GoodRecord);
        MainWindow window;
        window.show();
        window.applyConfig(config);
        QTRY_VERIFY(!test::named<RunSetupPanel>(&window)->isCountingImages());
        QVERIFY(window.openRunLog(out + QStringLiteral("/events.jsonl")));
        QVERIFY(test::named<QPushButton>(&window, QStringLiteral("resume"))->isEnabled());
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::mouseClick(test::named<QPushButton>(&window, QStringLiteral("resume")),
                          Qt::LeftButton);
        QVERIFY(window.isRunning());
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(!test::named<QPushButton>(&window, QStringLiteral("resume"))->isEnabled());

        // Every specimen recorded exactly once, all succeeded.
        QFile records(out + QStringLiteral("/records.jsonl"));
        QVERIFY(records.open(QIODevice::ReadOnly));
        QStringList ids;
        for (const QByteArray &line : records.readAll().split('\n'))
            if (!line.isEmpty())
                ids.append(QJsonDocument::fromJson(line)
                               .object()
                               .value(QLatin1String("specimen_id"))
                               .toString());
        QCOMPARE(ids.size(), 14);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 14);
        QString error;
        const auto finals = RecordStore::readFinal(out + QStringLiteral("/records.jsonl"), &error);
        QCOMPARE(finals.size(), 14);
        for (const SpecimenRecord &record : finals)
            QVERIFY(record.success);
        // The review shows both sessions: the earlier outcomes and the new ones.
        QTRY_COMPARE(
            test::named<SpecimenListModel>(&window)->count(SpecimenListModel::Status::Succeeded),
            14);
    }

    void apiKeyNeverReachesSettings()
    {
        const QString images = m_dir.filePath(QStringLiteral("drop"));
        {
            MainWindow window;
            RunConfig config;
            config.imagesFolder = images;
            config.apiKey = QStringLiteral("sk-secret-never-stored-42");
            window.applyConfig(config);
            QTRY_VERIFY(!test::named<RunSetupPanel>(&window)->isCountingImages());
            window.show();
            window.close();
        }
        QSettings settings;
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("sk-secret")),
                     qPrintable(key));
        QCOMPARE(QDir(settings.value(QStringLiteral("run/imagesFolder")).toString()), QDir(images));
        MainWindow reopened;
        QTRY_COMPARE(test::named<RunSetupPanel>(&reopened)->imageCount(), 7);

        // The key comes back from the store, never from QSettings, and is not written there.
        FakeApiKeyStore keys;
        keys.write(ApiKeyStore::accountFor(AppSettings().runOptions().baseUrl),
                   QStringLiteral("sk-secret-from-store-7"));
        {
            MainWindow withKey(nullptr, &keys);
            QTRY_COMPARE(test::named<RunSetupPanel>(&withKey)->draftConfig().apiKey,
                         QStringLiteral("sk-secret-from-store-7"));
            withKey.show();
            withKey.close();
        }
        settings.sync();
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("sk-secret")),
                     qPrintable(key));
    }

    // A refused key stops the run before any image is sent, with the alert saying why.
    void refusedKeyShowsTheAlertAndSendsNoImage()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        const QString images = m_dir.filePath(QStringLiteral("badkey"));
        herb::test::writeSheets(images, 6);
        FakeApiKeyStore keys;
        MainWindow window(nullptr, &keys);
        window.show();
        RunConfig config
            = serverConfig(server, images, m_dir.filePath(QStringLiteral("badkey-run")));
        config.apiKey = QStringLiteral("sk-wrong-key");
        window.applyConfig(config);
        QTRY_VERIFY(!test::named<RunSetupPanel>(&window)->isCountingImages());
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QVERIFY(window.startRun());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().first().toInt(), 4);
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *dialog = qobject_cast<StoppedDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Extraction stopped"));
        QVERIFY2(dialog->explanationText().contains(QStringLiteral("API key was refused")),
                 qPrintable(dialog->explanationText()));
        QVERIFY(!dialog->explanationText().contains(QStringLiteral("sk-wrong-key")));
        QCOMPARE(server.imagesReceived(), 0);
        QCOMPARE(server.chatCompletionCount(), 0);
        dialog->accept();
        QTRY_VERIFY(!window.stoppedDialog());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
