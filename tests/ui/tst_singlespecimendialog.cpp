#include "ChatTestServer.h"
#include "FakeApiKeyStore.h"
#include "Named.h"
#include "Screenshots.h"
#include "TestImages.h"
#include "samples/SampleSheetGenerator.h"
#include "setup/RunSetupPanel.h"
#include "setup/SingleSpecimenDialog.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using herb::test::ChatMode;
using herb::test::ChatTestServer;

// "Test on one specimen": the dry run through the run's own path, exactly one image sent, the
// record shown term by term, a failed parse shown loudly, nothing left behind.
class TestSingleSpecimenDialog : public QObject
{
    Q_OBJECT

private:
    static constexpr const char *kModel = "vision/test-model";
    QTemporaryDir m_dir;

    static RunConfig config(const ChatTestServer &server, const QString &images)
    {
        RunConfig config;
        config.imagesFolder = images;
        config.engine = EngineKind::OpenAi;
        config.model = QString::fromLatin1(kModel);
        config.baseUrl = server.baseUrl();
        config.apiKey = QString::fromLatin1(server.apiKey());
        config.concurrency = 4;
        return config;
    }

    static bool runToEnd(SingleSpecimenDialog &dialog)
    {
        QSignalSpy done(&dialog, &SingleSpecimenDialog::specimenFinished);
        dialog.start();
        return done.wait(60'000) && dialog.isFinished();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HerbstreamTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_singlespecimendialog"));
        QVERIFY(m_dir.isValid());
    }

    void goodRecordShowsTheTerms()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::NestedJson); // values with confidences
        const QString images
            = herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("good")), 6);
        QString runFolder;
        {
            SingleSpecimenDialog dialog(config(server, images));
            dialog.show();
            runFolder = dialog.runFolder();
            QVERIFY(runToEnd(dialog));
            QVERIFY2(dialog.succeeded(), qPrintable(dialog.statusText()));
            QCOMPARE(server.imagesReceived(), 1); // one specimen, whatever the concurrency
            QCOMPARE(server.chatCompletionCount(), 1);
            const QMap<QString, QString> terms = dialog.shownTerms();
            QCOMPARE(terms.value(QStringLiteral("scientificName")),
                     QStringLiteral("Quercus robur L."));
            QVERIFY(terms.size() >= 3);
            QVERIFY(dialog.statusText().startsWith(QStringLiteral("The record was read")));
            QVERIFY(dialog.errorText().isEmpty());
            QVERIFY(dialog.showsImage());
            QVERIFY(dialog.record()->record.confidence.contains(QStringLiteral("scientificName")));
            // The trial runs in a folder of its own, not beside the curator's images.
            QVERIFY(!runFolder.startsWith(QDir(images).absolutePath() + QLatin1Char('/')));
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                     QStringList({ QStringLiteral("good") }));
            QVERIFY(QFileInfo::exists(runFolder + QStringLiteral("/records.jsonl")));
            QVERIFY(herb::test::saveScreenshot(&dialog, QStringLiteral("test-one-good")));
        }
        QVERIFY(!QFileInfo::exists(runFolder)); // removed with the dialog
    }

    // The offline engine goes through the same dry run: Tesseract reads one generated sheet and
    // the dialog shows the values printed on its label.
    void offlineEngineReadsOneSheet()
    {
        const QString images = QDir::cleanPath(m_dir.filePath(QStringLiteral("offline")));
        const SampleSheetGenerator generator(11);
        QString error;
        QVERIFY2(generator.writeSet(images, 2, &error), qPrintable(error));
        RunConfig config;
        config.imagesFolder = images;
        config.engine = EngineKind::Tesseract;
        config.concurrency = 2;
        SingleSpecimenDialog dialog(config);
        dialog.show();
        QVERIFY(runToEnd(dialog));
        QVERIFY2(dialog.succeeded(), qPrintable(dialog.statusText() + dialog.errorText()));
        const QMap<QString, QString> terms = dialog.shownTerms();
        QVERIFY(terms.size() >= 3);
        QVERIFY(dialog.showsImage());
        // Read from the label, not made up: most shown values are one sheet's printed values.
        int matching = 0;
        for (int index = 0; index < 2; ++index) {
            const QMap<QString, QString> truth = generator.describe(index).truth;
            int here = 0;
            for (auto it = terms.cbegin(); it != terms.cend(); ++it)
                here += truth.value(it.key()) == it.value() ? 1 : 0;
            matching = std::max(matching, here);
        }
        QVERIFY2(matching >= 3, qPrintable(QStringLiteral("%1 values match").arg(matching)));
    }

    void wrongPromptShowsTheFailure()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::Prose);
        SingleSpecimenDialog dialog(config(
            server, herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("prose")), 4)));
        dialog.show();
        QVERIFY(runToEnd(dialog));
        QVERIFY(!dialog.succeeded());
        QVERIFY(dialog.record().has_value());
        QCOMPARE(server.imagesReceived(), 1);
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("FAILED: ")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.statusText().contains(QStringLiteral("prompt")));
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(!dialog.rawResponseText().isEmpty()); // what the model said instead
        QVERIFY(dialog.showsImage());
        QVERIFY(herb::test::saveScreenshot(&dialog, QStringLiteral("test-one-failed")));
    }

    void refusedKeySendsNoImage()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        RunConfig bad = config(
            server, herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("badkey")), 2));
        bad.apiKey = QStringLiteral("sk-wrong-key");
        SingleSpecimenDialog dialog(bad);
        QVERIFY(runToEnd(dialog));
        QVERIFY(!dialog.succeeded());
        QCOMPARE(server.imagesReceived(), 0);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("refused")),
                 qPrintable(dialog.statusText()));
    }

    void panelButtonOpensTheDialog()
    {
        ChatTestServer server;
        server.setModels({ QString::fromLatin1(kModel) });
        server.setMode(ChatMode::GoodRecord);
        FakeApiKeyStore keys;
        RunSetupPanel panel(nullptr, &keys);
        panel.show();
        test::named<QPushButton>(&panel, QStringLiteral("testOneSpecimen"))
            ->click(); // no images yet: says so, opens nothing
        QVERIFY(!panel.singleSpecimenDialog());
        QCOMPARE(panel.findings().size(), 1);
        panel.applyConfig(config(
            server, herb::test::writeSheetFolder(m_dir.filePath(QStringLiteral("panel")), 3)));
        // While the folder is counted (on a pool thread) the button says so and opens nothing.
        QVERIFY(panel.isCountingImages());
        test::named<QPushButton>(&panel, QStringLiteral("testOneSpecimen"))->click();
        QVERIFY(!panel.singleSpecimenDialog());
        QVERIFY(panel.findings().constFirst().text.contains(QStringLiteral("still being counted")));
        QTRY_VERIFY(!panel.isCountingImages());
        test::named<QPushButton>(&panel, QStringLiteral("testOneSpecimen"))->click();
        SingleSpecimenDialog *dialog = panel.singleSpecimenDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 60'000);
        QVERIFY(dialog->succeeded());
        QCOMPARE(server.imagesReceived(), 1);
        // The key used for the trial was kept in the store.
        QTRY_COMPARE(keys.storedKey(QStringLiteral("127.0.0.1")),
                     QString::fromLatin1(server.apiKey()));
        dialog->close();
        QTRY_VERIFY(!panel.singleSpecimenDialog()); // deleted on close
    }
};

QTEST_MAIN(TestSingleSpecimenDialog)
#include "tst_singlespecimendialog.moc"
