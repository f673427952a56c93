// The review workbench (issue 13): a curator corrects three fields on two specimens, approves
// five records from the keyboard, undoes one, rejects one; reviews.jsonl, occurrence.csv and
// dwca.zip say so. A second window opens read-only, a corrupt line in the trail blocks review
// and export with its number, a value is checked while typed, and a newer record of the sheet
// being edited waits until the edit ends.

#include "ChatTestServer.h"
#include "CsvRows.h"
#include "Named.h"
#include "Screenshots.h"
#include "TestImages.h"
#include "TestSupport.h"
#include "ZipReader.h"
#include "review/ReExtractDialog.h"
#include "review/RecordForm.h"
#include "review/ReviewExportDialog.h"
#include "review/ReviewLog.h"
#include "review/ReviewLogReader.h"
#include "review/ReviewSession.h"
#include "review/ReviewStatusBar.h"
#include "review/SpecimenReviewView.h"
#include "run/RecordStore.h"
#include "samples/SampleSheetGenerator.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;
using namespace herb::test;

namespace {

constexpr int kSheets = 8; // s1…s8 succeed; s9 failed

SpecimenRecord record(int n, qint64 timestampMs = 1'700'000'000'000)
{
    SpecimenRecord r;
    r.specimenId = QStringLiteral("box1/s%1.jpg").arg(n);
    r.sha256 = QStringLiteral("%1").arg(n, 64, 10, QLatin1Char('0'));
    r.success = n <= kSheets;
    r.engine = QStringLiteral("openai");
    r.model = QStringLiteral("vision/test-model");
    r.timestampMs = timestampMs + n;
    if (r.success) {
        r.record.dwc = {
            { QStringLiteral("catalogNumber"), QStringLiteral("MO-%1").arg(n) },
            { QStringLiteral("scientificName"), QStringLiteral("Quercus alba") },
            { QStringLiteral("locality"), QStringLiteral("Sta Cruz %1").arg(n) },
            { QStringLiteral("recordedBy"), QStringLiteral("J. Steyermark") },
        };
        r.record.confidence.insert(QStringLiteral("locality"), 0.41);
    } else {
        r.error.kind = ErrorKind::Parse;
    }
    return r;
}

QString makeRun(const QString &folder)
{
    QDir().mkpath(folder);
    QString error;
    auto store = RecordStore::open(folder + QLatin1String("/records.jsonl"), &error);
    if (!store)
        return error;
    for (int n = 1; n <= kSheets + 1; ++n) {
        if (!store->append(record(n), &error))
            return error;
    }
    return {};
}

// Rows of a CSV or tab-separated text keyed by catalogNumber.
QHash<QString, QHash<QString, QString>> rowsByCatalogNumber(const QByteArray &text, QChar delimiter)
{
    return rowsByColumn(QString::fromUtf8(text), delimiter, QStringLiteral("catalogNumber"));
}

// Types `value` into `term`'s editor and presses Enter, as a curator does.
void typeInto(SpecimenReviewView &view, const QString &term, const QString &value)
{
    QVERIFY(view.recordForm()->editTerm(term));
    auto *editor = view.findChild<QLineEdit *>(QStringLiteral("fieldEditor"));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, value);
    QTest::keyClick(editor, Qt::Key_Return);
}

QString valueShown(const SpecimenReviewView &view, const QString &term)
{
    const int row = view.recordForm()->rowOfTerm(term);
    return row < 0 ? QString() : view.recordForm()->rows().at(row).value;
}

} // namespace

class TestReviewWorkbench : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void showActive(QWidget &widget)
    {
        widget.resize(1200, 800);
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void curatorReviewsARunFromTheKeyboard()
    {
        const QString run = m_dir.filePath(QStringLiteral("keyboard"));
        QCOMPARE(makeRun(run), QString());
        SpecimenReviewView view;
        view.setReviewer(QStringLiteral("Ana Curator"));
        view.setRunFolder(run);
        showActive(view);
        QVERIFY(view.reviewSession());
        QVERIFY(!view.reviewSession()->isReadOnly());
        QCOMPARE(view.reviewStatusBar()->progressText(), QStringLiteral("0 of 8 reviewed"));

        // Three fields on two specimens: a correction, a term added from the TDWG list, and a
        // second specimen's collector.
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s1.jpg")));
        typeInto(view, QStringLiteral("locality"), QStringLiteral("Santa Cruz"));
        QTRY_COMPARE(valueShown(view, QStringLiteral("locality")), QStringLiteral("Santa Cruz"));
        auto *newTerm = named<QLineEdit>(&view, QStringLiteral("newTerm"));
        newTerm->setText(QStringLiteral("eventdate")); // misspelt: refused, with the spelling
        QTest::keyClick(newTerm, Qt::Key_Return);
        QVERIFY2(view.recordForm()->problemText().contains(QLatin1String("eventDate")),
                 qPrintable(view.recordForm()->problemText()));
        newTerm->setText(QStringLiteral("eventDate"));
        QTest::keyClick(newTerm, Qt::Key_Return);
        auto *editor = view.findChild<QLineEdit *>(QStringLiteral("fieldEditor"));
        QVERIFY(editor);
        // Checked while typed: a label's date is no ISO 8601 date, and is not saved.
        QTest::keyClicks(editor, QStringLiteral("14 Sept 1972"));
        QVERIFY(view.recordForm()->problemText().contains(QLatin1String("ISO 8601")));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(view.recordForm()->problemText().contains(QLatin1String("not saved")));
        QCOMPARE(view.reviewSession()->lineCount(), 1);
        typeInto(view, QStringLiteral("eventDate"), QStringLiteral("1972-09-14"));
        QTRY_COMPARE(valueShown(view, QStringLiteral("eventDate")), QStringLiteral("1972-09-14"));
        const int localityRow = view.recordForm()->rowOfTerm(QStringLiteral("locality"));
        QCOMPARE(view.recordForm()->rows().at(localityRow).source, FieldSource::Curator);
        QVERIFY(RecordForm::sourceText(view.recordForm()->rows().at(localityRow))
                    .contains(QLatin1String("Ana Curator")));

        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s2.jpg")));
        typeInto(view, QStringLiteral("recordedBy"), QStringLiteral("J. A. Steyermark"));
        QTRY_COMPARE(valueShown(view, QStringLiteral("recordedBy")),
                     QStringLiteral("J. A. Steyermark"));
        QCOMPARE(view.reviewSession()->lineCount(), 3);

        // Approve five from the keyboard: A approves and goes to the next unreviewed record.
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s1.jpg")));
        auto *table = view.findChild<QTableView *>();
        table->setFocus();
        for (int i = 1; i <= 5; ++i) {
            QCOMPARE(view.selectedSpecimen(), QStringLiteral("box1/s%1.jpg").arg(i));
            QTest::keyClick(table, Qt::Key_A);
        }
        QCOMPARE(view.selectedSpecimen(), QStringLiteral("box1/s6.jpg"));
        QCOMPARE(view.reviewStatusBar()->progressText(), QStringLiteral("5 of 8 reviewed"));
        // Undo takes the last approval back and shows its record.
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view.selectedSpecimen(), QStringLiteral("box1/s5.jpg"));
        QCOMPARE(view.reviewSession()->statusOf(QStringLiteral("box1/s5.jpg")),
                 ReviewStatus::Unreviewed);
        // N goes to s6, R rejects it with a note.
        QTest::keyClick(table, Qt::Key_N);
        QCOMPARE(view.selectedSpecimen(), QStringLiteral("box1/s6.jpg"));
        auto *note = named<QLineEdit>(&view, QStringLiteral("reviewNote"));
        note->setText(QStringLiteral("label of another sheet"));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_R);
        QCOMPARE(view.reviewSession()->statusOf(QStringLiteral("box1/s6.jpg")),
                 ReviewStatus::Rejected);
        QVERIFY(view.reviewStatusBar()->stateText().contains(QLatin1String("rejected")));
        QCOMPARE(view.reviewStatusBar()->progressText(), QStringLiteral("5 of 8 reviewed"));
        // U: the next unreviewed record after s6.
        QTest::keyClick(table, Qt::Key_U);
        QCOMPARE(view.selectedSpecimen(), QStringLiteral("box1/s7.jpg"));

        // Filters: the approved ones, then those with no eventDate.
        view.setReviewFilter(ReviewStatus::Approved);
        QCOMPARE(view.shownCount(), 4);
        view.setReviewFilter(std::nullopt);
        view.setEmptyFieldFilter(QStringLiteral("eventDate"));
        QCOMPARE(view.shownCount(), 7); // s2…s8; the failed s9 has no record to fill in
        view.setEmptyFieldFilter(QString());

        // The trail: every decision a line, by the reviewer set, the undo as its own line.
        const ReviewLogContents trail = readReviewLog(ReviewLog::pathIn(run));
        QVERIFY2(trail.ok(), qPrintable(trail.error));
        QCOMPARE(trail.entries.size(), 3 + 5 + 1 + 1);
        for (const ReviewEntry &entry : trail.entries) {
            QCOMPARE(entry.reviewer, QStringLiteral("Ana Curator"));
            QVERIFY(entry.timestampMs > 0);
        }
        const ReviewEntry &undo = trail.entries.at(8);
        QCOMPARE(undo.specimenId, QStringLiteral("box1/s5.jpg"));
        QCOMPARE(undo.statusFrom, std::optional(ReviewStatus::Approved));
        QCOMPARE(undo.statusTo, std::optional(ReviewStatus::Unreviewed));
        QCOMPARE(trail.entries.at(0).before, QStringLiteral("Sta Cruz 1"));
        QCOMPARE(trail.entries.at(0).after, QStringLiteral("Santa Cruz"));
        QCOMPARE(trail.entries.at(9).note, QStringLiteral("label of another sheet"));

        // The exports, from the window: corrections applied, the rejected record left out.
        ReviewExportDialog everything(run);
        QVERIFY2(everything.exportNow(), qPrintable(everything.resultText()));
        QVERIFY(everything.resultText().contains(QLatin1String("7 records exported")));
        const auto csv
            = rowsByCatalogNumber(readFile(run + QLatin1String("/occurrence.csv")), u',');
        QCOMPARE(csv.size(), 7);
        QVERIFY(!csv.contains(QStringLiteral("MO-6")));
        QCOMPARE(csv.value(QStringLiteral("MO-1")).value(QStringLiteral("locality")),
                 QStringLiteral("Santa Cruz"));
        QCOMPARE(csv.value(QStringLiteral("MO-1")).value(QStringLiteral("eventDate")),
                 QStringLiteral("1972-09-14"));
        QCOMPARE(csv.value(QStringLiteral("MO-2")).value(QStringLiteral("recordedBy")),
                 QStringLiteral("J. A. Steyermark"));
        ZipReader zip;
        QVERIFY2(zip.readFile(run + QLatin1String("/dwca.zip")), qPrintable(zip.errorString()));
        const auto txt = rowsByCatalogNumber(zip.data(QStringLiteral("occurrence.txt")), u'\t');
        QCOMPARE(txt.size(), 7);
        QCOMPARE(txt.value(QStringLiteral("MO-1")).value(QStringLiteral("locality")),
                 QStringLiteral("Santa Cruz"));
        const QJsonObject properties
            = QJsonDocument::fromJson(txt.value(QStringLiteral("MO-2"))
                                          .value(QStringLiteral("dynamicProperties"))
                                          .toUtf8())
                  .object();
        QCOMPARE(properties.value(QLatin1String("reviewStatus")).toString(),
                 QStringLiteral("approved"));

        ReviewExportDialog approved(run);
        approved.setApprovedOnly(true);
        QVERIFY2(approved.exportNow(), qPrintable(approved.resultText()));
        const auto approvedCsv
            = rowsByCatalogNumber(readFile(run + QLatin1String("/occurrence.csv")), u',');
        QCOMPARE(QSet<QString>(approvedCsv.keyBegin(), approvedCsv.keyEnd()),
                 (QSet<QString> { QStringLiteral("MO-1"), QStringLiteral("MO-2"),
                                  QStringLiteral("MO-3"), QStringLiteral("MO-4") }));
    }

    void aSecondWindowReviewsReadOnly()
    {
        const QString run = m_dir.filePath(QStringLiteral("two-windows"));
        QCOMPARE(makeRun(run), QString());
        SpecimenReviewView first;
        first.setRunFolder(run);
        QVERIFY(first.reviewSession() && !first.reviewSession()->isReadOnly());
        QVERIFY(first.selectSpecimen(QStringLiteral("box1/s1.jpg")));
        QVERIFY(first.setSelectedStatus(ReviewStatus::Approved));

        SpecimenReviewView second;
        second.setRunFolder(run);
        QVERIFY(second.reviewSession());
        QVERIFY(second.reviewSession()->isReadOnly());
        QVERIFY2(second.reviewStatusBar()->readOnlyText().contains(QLatin1String("read-only")),
                 qPrintable(second.reviewStatusBar()->readOnlyText()));
        // It shows what the first one decided, and changes nothing.
        QCOMPARE(second.reviewSession()->statusOf(QStringLiteral("box1/s1.jpg")),
                 ReviewStatus::Approved);
        QVERIFY(second.selectSpecimen(QStringLiteral("box1/s2.jpg")));
        QVERIFY(!named<QPushButton>(&second, QStringLiteral("approve"))->isEnabled());
        QVERIFY(!second.setSelectedStatus(ReviewStatus::Rejected));
        QVERIFY(!second.recordForm()->editTerm(QStringLiteral("locality")));
        QCOMPARE(readReviewLog(ReviewLog::pathIn(run)).entries.size(), 1);
    }

    void aCorruptLineBlocksReviewAndExport()
    {
        const QString run = m_dir.filePath(QStringLiteral("corrupt"));
        QCOMPARE(makeRun(run), QString());
        QVERIFY(writeFile(ReviewLog::pathIn(run),
                          "{\"specimen_id\":\"box1/s1.jpg\",\"status\":{\"from\":\"unreviewed\","
                          "\"to\":\"approved\"},\"timestamp\":\"2026-12-03T16:40:00.123Z\"}\n"
                          "{\"specimen_id\":\"box1/s2.jpg\",\"field\":\"locality\",\"af\n"
                          "{\"specimen_id\":\"box1/s3.jpg\",\"status\":{\"from\":\"unreviewed\","
                          "\"to\":\"rejected\"},\"timestamp\":\"2026-12-03T16:41:00.123Z\"}\n"));
        SpecimenReviewView view;
        view.setRunFolder(run);
        QVERIFY(view.reviewSession());
        QCOMPARE(view.reviewSession()->corruptLine(), 2);
        const QString reason = view.reviewStatusBar()->readOnlyText();
        QVERIFY2(reason.contains(QLatin1String("line 2")), qPrintable(reason));
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s4.jpg")));
        QVERIFY(!view.setSelectedStatus(ReviewStatus::Approved));

        ReviewExportDialog dialog(run);
        QVERIFY(!dialog.exportNow());
        QVERIFY2(dialog.resultText().contains(QLatin1String("line 2")),
                 qPrintable(dialog.resultText()));
        QVERIFY(!QFile::exists(run + QLatin1String("/occurrence.csv")));
    }

    void aNewerRecordWaitsUntilTheEditEnds()
    {
        const QString run = m_dir.filePath(QStringLiteral("live"));
        QCOMPARE(makeRun(run), QString());
        SpecimenReviewView view;
        view.setRunFolder(run);
        showActive(view);
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s3.jpg")));
        QVERIFY(view.setSelectedStatus(ReviewStatus::Approved));
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s3.jpg")));
        QVERIFY(view.recordForm()->editTerm(QStringLiteral("locality")));
        auto *editor = view.findChild<QLineEdit *>(QStringLiteral("fieldEditor"));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Santa"));

        // The sheet is extracted again while the curator types (a resume, a re-extraction).
        SpecimenRecord newer = record(3, QDateTime::currentMSecsSinceEpoch() + 1000);
        newer.record.dwc.insert(QStringLiteral("habitat"), QStringLiteral("dry oak woods"));
        {
            QString error;
            auto store = RecordStore::open(run + QLatin1String("/records.jsonl"), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->append(newer, &error));
        }
        view.readRecords();
        QVERIFY(view.recordForm()->isEditing());
        QCOMPARE(editor->text(), QStringLiteral("Santa"));
        QCOMPARE(view.recordForm()->rowOfTerm(QStringLiteral("habitat")), -1);

        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(valueShown(view, QStringLiteral("locality")), QStringLiteral("Santa"));
        QTRY_COMPARE(valueShown(view, QStringLiteral("habitat")), QStringLiteral("dry oak woods"));
    }

    // The workbench on three generated sheets, for the README: the sheet beside its fields, one
    // corrected by the curator, one record approved.
    void screenshotOfTheWorkbench()
    {
        const QString run = m_dir.filePath(QStringLiteral("screenshot"));
        const QString images = m_dir.filePath(QStringLiteral("screenshot-images"));
        const SampleSheetGenerator generator(13);
        QString error;
        QVERIFY2(generator.writeSet(images, 3, &error), qPrintable(error));
        QDir().mkpath(run);
        {
            auto store = RecordStore::open(run + QLatin1String("/records.jsonl"), &error);
            QVERIFY2(store, qPrintable(error));
            for (int i = 0; i < 3; ++i) {
                const SampleSheet sheet = generator.describe(i);
                SpecimenRecord r;
                r.specimenId = sheet.fileName;
                r.image = QDir(images).filePath(sheet.fileName);
                r.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
                r.success = true;
                r.engine = QStringLiteral("openai");
                r.model = QStringLiteral("vision/test-model");
                r.timestampMs = 1'700'000'000'000 + i;
                r.record.dwc = sheet.truth;
                // A model's slip for the curator to correct.
                r.record.dwc.insert(QStringLiteral("recordedBy"), QStringLiteral("J. Smiht"));
                r.record.confidence.insert(QStringLiteral("recordedBy"), 0.38);
                r.flags = { QStringLiteral("repeated_value:recordedBy") };
                QVERIFY(store->append(r, &error));
            }
        }
        SpecimenReviewView view;
        view.setReviewer(QStringLiteral("Ana Curator"));
        view.setRunFolder(run);
        showActive(view);
        view.resize(1400, 900);
        QSignalSpy shown(&view, &SpecimenReviewView::imageShown);
        QVERIFY(view.selectSpecimen(generator.describe(0).fileName));
        QVERIFY(view.approveAndNext());
        QVERIFY(shown.wait(10'000) || !view.shownImage().isNull());
        typeInto(view, QStringLiteral("recordedBy"),
                 generator.describe(1).truth.value(QStringLiteral("recordedBy")));
        QTRY_COMPARE(view.reviewSession()->lineCount(), 2);
        QTRY_VERIFY(!view.shownImage().isNull());
        QVERIFY(herb::test::saveScreenshot(&view, QStringLiteral("review-workbench")));
    }

    // Re-extract from the workbench: the sheet goes to the model again on a copy, the current
    // and new records side by side; a misspelt model keeps nothing, "Keep New" makes the new
    // attempt the sheet's record and the review says it changed since.
    void reExtractKeepsTheNewRecordOnRequest()
    {
        const QString run = m_dir.filePath(QStringLiteral("reextract"));
        const QString images = m_dir.filePath(QStringLiteral("reextract-images"));
        const QStringList sheets = test::writeSheets(images, 1, QSize(600, 900));
        QDir().mkpath(run);
        SpecimenRecord current = record(1);
        current.specimenId = QStringLiteral("sheet_000.jpg");
        current.image = sheets.first();
        {
            QString error;
            auto store = RecordStore::open(run + QLatin1String("/records.jsonl"), &error);
            QVERIFY2(store, qPrintable(error));
            QVERIFY(store->append(current, &error));
        }
        ChatTestServer server;
        server.setModels({ QStringLiteral("vision/test-model") });
        server.setMode(ChatMode::GoodRecord);
        server.setRecordContent(QByteArrayLiteral(
            R"({"catalogNumber":"MO-1","scientificName":"Quercus alba","locality":"Santa Cruz",)"
            R"("recordedBy":"J. Steyermark","eventDate":"1972-09-14"})"));

        SpecimenReviewView view;
        view.setRunFolder(run);
        QVERIFY(view.selectSpecimen(current.specimenId));
        QVERIFY(view.setSelectedStatus(ReviewStatus::Approved));
        QVERIFY(view.selectSpecimen(current.specimenId));
        QList<SpecimenRecord> requested;
        connect(&view, &SpecimenReviewView::reExtractRequested, this,
                [&requested](const SpecimenRecord &r) { requested.append(r); });
        auto *button = named<QPushButton>(&view, QStringLiteral("reExtract"));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().specimenId, current.specimenId);

        RunConfig config;
        config.engine = EngineKind::OpenAi;
        config.baseUrl = server.baseUrl();
        config.apiKey = QString::fromLatin1(server.apiKey());
        config.model = QStringLiteral("vision/test-modle"); // misspelt first
        ReExtractDialog dialog(config, requested.first(), run);
        QSignalSpy finished(&dialog, &ReExtractDialog::extractionFinished);
        dialog.start();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(!dialog.statusText().isEmpty(), "the failure is said");
        QVERIFY(!dialog.keepNew());

        dialog.setModel(QStringLiteral("vision/test-model"));
        dialog.start();
        QVERIFY(finished.wait(60'000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(dialog.statusText()));
        auto *comparison = named<QTableWidget>(&dialog, QStringLiteral("comparison"));
        bool shownSideBySide = false;
        for (int r = 0; r < comparison->rowCount(); ++r) {
            if (comparison->item(r, ReExtractDialog::TermColumn)->text()
                == QLatin1String("locality"))
                shownSideBySide = comparison->item(r, ReExtractDialog::CurrentColumn)->text()
                        == QLatin1String("Sta Cruz 1")
                    && comparison->item(r, ReExtractDialog::NewColumn)->text()
                        == QLatin1String("Santa Cruz");
        }
        QVERIFY(shownSideBySide);
        // Nothing was written to the run before the choice.
        QString error;
        QCOMPARE(RecordStore::readFinal(run + QLatin1String("/records.jsonl"), &error)
                     .value(current.specimenId)
                     .record.dwc.value(QStringLiteral("locality")),
                 QStringLiteral("Sta Cruz 1"));

        QVERIFY(dialog.keepNew());
        const SpecimenRecord kept
            = RecordStore::readFinal(run + QLatin1String("/records.jsonl"), &error)
                  .value(current.specimenId);
        QCOMPARE(kept.record.dwc.value(QStringLiteral("locality")), QStringLiteral("Santa Cruz"));
        QCOMPARE(kept.image, current.image);
        view.readRecords();
        QVERIFY(view.selectSpecimen(current.specimenId));
        QCOMPARE(valueShown(view, QStringLiteral("locality")), QStringLiteral("Santa Cruz"));
        QVERIFY2(view.reviewStatusBar()->stateText().contains(QLatin1String("extracted again")),
                 qPrintable(view.reviewStatusBar()->stateText()));
    }

    void changedSinceReviewIsSaid()
    {
        const QString run = m_dir.filePath(QStringLiteral("changed"));
        QCOMPARE(makeRun(run), QString());
        {
            SpecimenReviewView view;
            view.setRunFolder(run);
            QVERIFY(view.selectSpecimen(QStringLiteral("box1/s4.jpg")));
            QVERIFY(view.setSelectedStatus(ReviewStatus::Approved));
            QVERIFY(!view.reviewStatusBar()->stateText().contains(QLatin1String("again")));
        }
        QString error;
        auto store = RecordStore::open(run + QLatin1String("/records.jsonl"), &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->append(record(4, QDateTime::currentMSecsSinceEpoch() + 1000), &error));
        store.reset();
        SpecimenReviewView view;
        view.setRunFolder(run);
        QVERIFY(view.selectSpecimen(QStringLiteral("box1/s4.jpg")));
        QVERIFY2(view.reviewStatusBar()->stateText().contains(QLatin1String("extracted again")),
                 qPrintable(view.reviewStatusBar()->stateText()));
    }
};

QTEST_MAIN(TestReviewWorkbench)
#include "tst_reviewworkbench.moc"
