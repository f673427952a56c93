#include "Named.h"
#include "SyntheticRun.h"
#include "alerts/StoppedDialog.h"

#include <QDesktopServices>
#include <QPushButton>
#include <QTest>

using namespace herb;
using herb::test::SyntheticRun;

class TestStoppedDialog : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void openUrl(const QUrl &url) { m_opened.append(url); }

private:
    static RunSummary summaryOf(const EventBatch &events)
    {
        RunSummary summary;
        for (const Event &event : events)
            summary.observe(event);
        return summary;
    }

    QList<QUrl> m_opened;

private Q_SLOTS:
    void failedCheckpointInPlainWords()
    {
        SyntheticRun run;
        run.stopAtCheckpoint = true;
        run.checkpointSuccesses = 2; // 3 of 5 fail
        StoppedDialog dialog(summaryOf(run.events()), QStringLiteral("/runs/r1"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Extraction stopped"));
        QVERIFY(dialog.isModal());
        const QString text = dialog.explanationText();
        QVERIFY2(
            text.startsWith(QStringLiteral(
                "3 of the first 5 specimens failed: success 40 % is below the 50 % threshold")),
            qPrintable(text));
        QCOMPARE(dialog.setupLabelText(),
                 QStringLiteral("Prompt: /prompts/labels.prompt (SHA-256 ab12cd34ef56)\n"
                                "Model: vision/test-model (openai)"));
        const QStringList errors = dialog.errorLines();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first(),
                 QStringLiteral("box1/sheet_00003.jpg — parse: the reply is not JSON"));
    }

    void fatalHttpErrorNamesTheStatus()
    {
        SyntheticRun run;
        run.specimens = 0;
        EventBatch events = run.events().mid(0, 1);
        SpecimenFinished failed;
        failed.specimenId = QStringLiteral("a.jpg");
        failed.error = { ErrorKind::Http, 401, QStringLiteral("invalid API key") };
        failed.fatal = true;
        events.append(Event::failed(failed));
        events.append(Event::extractionFailed(FailureReason::FatalError,
                                              QStringLiteral("the server refused the key")));
        StoppedDialog dialog(summaryOf(events), QStringLiteral("/runs/r2"));
        QCOMPARE(dialog.explanationText(),
                 QStringLiteral("The server answered HTTP 401, which stops the run: "
                                "invalid API key"));
        QCOMPARE(dialog.errorLines(),
                 QStringList { QStringLiteral("a.jpg — http 401: invalid API key") });
    }

    void preflightFailureHasNoErrors()
    {
        const EventBatch events { Event::extractionFailed(FailureReason::PreflightFailed,
                                                          QStringLiteral("the prompt is empty")) };
        StoppedDialog dialog(summaryOf(events), QStringLiteral("/runs/r3"));
        QCOMPARE(dialog.explanationText(),
                 QStringLiteral("The run could not start: the prompt is empty"));
        QVERIFY(dialog.errorLines().isEmpty());
        QCOMPARE(dialog.setupLabelText(),
                 QStringLiteral("The run stopped before it started extracting."));
    }

    void buttonsOpenLogAndFolder()
    {
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
        SyntheticRun run;
        run.stopAtCheckpoint = true;
        StoppedDialog dialog(summaryOf(run.events()), QStringLiteral("/runs/r4"));
        QTest::mouseClick(test::named<QPushButton>(&dialog, QStringLiteral("openLog")),
                          Qt::LeftButton);
        QTest::mouseClick(test::named<QPushButton>(&dialog, QStringLiteral("openFolder")),
                          Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_opened.size(), 2);
        QCOMPARE(m_opened.at(0), QUrl::fromLocalFile(QStringLiteral("/runs/r4/events.jsonl")));
        QCOMPARE(m_opened.at(1), QUrl::fromLocalFile(QStringLiteral("/runs/r4")));
    }
};

QTEST_MAIN(TestStoppedDialog)
#include "tst_stoppeddialog.moc"
