#include "FakeApiKeyStore.h"
#include "Named.h"
#include "SyntheticRun.h"
#include "TestSupport.h"
#include "events/EventJson.h"
#include "review/SpecimenReviewView.h"
#include "review/TruthComparisonDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

// Issue 15, in the window: "Compare with Truth…" shows the table `herbstream score` prints.
class TestTruthComparison : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A run folder with two successful records, and a truth table for them.
    QString writeRun(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const bool written
            = test::writeFile(folder + QStringLiteral("/records.jsonl"),
                              "{\"specimen_id\":\"a.jpg\",\"status\":\"success\",\"dwc\":"
                              "{\"locality\":\"Regina\",\"habitat\":\"woods\"}}\n"
                              "{\"specimen_id\":\"b.jpg\",\"status\":\"success\",\"dwc\":"
                              "{\"locality\":\"illegible\"}}\n")
            && test::writeFile(folder + QStringLiteral("/truth.csv"),
                               "id,locality,habitat\na.jpg,Regina,\nb.jpg,Estevan,prairie\n");
        return written ? folder : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dialogShowsTheScoreTable()
    {
        const QString folder = writeRun(QStringLiteral("run"));
        QVERIFY(!folder.isEmpty());
        TruthComparisonDialog dialog(folder);
        QVERIFY(dialog.compare(folder + QStringLiteral("/truth.csv")));
        const QString text = dialog.reportText();
        QVERIFY2(text.startsWith(QStringLiteral("Scored 2 specimen(s) (0 with no successful "
                                                "record)")),
                 qPrintable(text));
        QString habitat;
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(QLatin1String("habitat")))
                habitat = line.simplified();
        }
        // a.jpg invented "woods"; b.jpg has no habitat where the truth has one: missing.
        QCOMPARE(habitat, QStringLiteral("habitat 2 0.0 % 0.0 % 1 0"));

        const QString diff = m_dir.filePath(QStringLiteral("diff.csv"));
        QVERIFY(dialog.saveDifferences(diff));
        QFile file(diff);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray rows = file.readAll();
        QVERIFY2(rows.contains("b.jpg,locality,illegible,Estevan,0.000,abstained"),
                 rows.constData());

        // The same rows are listed; activating one asks for its record's specimen.
        QCOMPARE(dialog.differenceCount(), 3); // a habitat invented, b locality, b habitat
        QSignalSpy requested(&dialog, &TruthComparisonDialog::specimenRequested);
        dialog.openDifference(dialog.differenceCount() - 1);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("b.jpg"));
    }

    void badTruthIsShownNotScored()
    {
        const QString folder = writeRun(QStringLiteral("bad"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/empty.csv"), "id,locality\n"));
        TruthComparisonDialog dialog(folder);
        QVERIFY(!dialog.compare(folder + QStringLiteral("/empty.csv")));
        QVERIFY(dialog.reportText().isEmpty());
        QVERIFY(!dialog.saveDifferences(m_dir.filePath(QStringLiteral("never.csv"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
    }

    void windowActionNeedsARunFolder()
    {
        FakeApiKeyStore keys;
        MainWindow window(nullptr, &keys);
        QAction *action = window.findChild<QAction *>(QStringLiteral("compareWithTruth"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(!window.compareWithTruth(QStringLiteral("/nowhere/truth.csv")));

        // Open a run: the action follows, and the dialog scores that run.
        const QString folder = writeRun(QStringLiteral("opened"));
        test::SyntheticRun run;
        std::string text;
        for (const Event &event : run.events())
            appendEventLine(text, event);
        QVERIFY(test::writeFile(folder + QStringLiteral("/events.jsonl"),
                                QByteArray::fromStdString(text)));
        QVERIFY(window.openRunLog(folder + QStringLiteral("/events.jsonl")));
        QVERIFY(action->isEnabled());
        TruthComparisonDialog *dialog
            = window.compareWithTruth(folder + QStringLiteral("/truth.csv"));
        QVERIFY(dialog);
        QVERIFY2(dialog->reportText().contains(QStringLiteral("invented")),
                 qPrintable(dialog->reportText()));
        // A difference opens its specimen in the Specimens tab.
        dialog->openDifference(0);
        QCOMPARE(test::named<SpecimenReviewView>(&window)->selectedSpecimen(),
                 QStringLiteral("a.jpg"));
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(),
                 test::named<SpecimenReviewView>(&window));
        dialog->close();
    }
};

QTEST_MAIN(TestTruthComparison)
#include "tst_truthcomparison.moc"
