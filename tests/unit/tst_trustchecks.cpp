// Issue 12, checks 1 to 4: each trust check on records made by hand, the rate window, the halt
// and the flags' round trip through records.jsonl and events.jsonl.
#include "events/EventJson.h"
#include "extraction/Prompt.h"
#include "run/RecordStore.h"
#include "samples/SampleSheetGenerator.h"
#include "trust/BarcodeCheck.h"
#include "trust/FlagWindow.h"
#include "trust/ImplausibleValuesCheck.h"
#include "trust/PromptLeakCheck.h"
#include "trust/RegionBoxes.h"
#include "trust/RepeatedValuesCheck.h"
#include "trust/TrustChecks.h"
#include "trust/TrustHalt.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace herb;

namespace {

const QString kPrompt = QStringLiteral(
    "Transcribe the label into Darwin Core JSON. Countries such as Canada, United States or "
    "Mexico; provinces such as Ontario. Example answer for a sheet:\n"
    R"({"catalogNumber": "DAO 019121", "scientificName": "Carex aquatilis Wahlenb.",)"
    R"( "recordedBy": "J. Macoun", "recordNumber": "4417", "eventDate": "1923-07-15",)"
    R"( "locality": "Dow's Lake, Ottawa", "habitat": "wet meadow", "country": "Canada",)"
    R"( "stateProvince": "Ontario", "county": "Carleton"})");

int g_image = 0;

SpecimenRecord record(const QString &id, QMap<QString, QString> dwc, QString sha = {})
{
    SpecimenRecord r;
    r.specimenId = id;
    r.sha256 = sha.isEmpty() ? QStringLiteral("sha-%1").arg(++g_image) : sha;
    r.success = true;
    r.record.dwc = std::move(dwc);
    return r;
}

// A healthy record: its own catalogue number, a real name, date and place.
SpecimenRecord healthy(int i)
{
    return record(
        QStringLiteral("sheet_%1.jpg").arg(i, 3, 10, QLatin1Char('0')),
        { { QStringLiteral("catalogNumber"), QStringLiteral("DAO %1").arg(100000 + i) },
          { QStringLiteral("scientificName"), QStringLiteral("Carex aquatilis Wahlenb.") },
          { QStringLiteral("recordedBy"), QStringLiteral("J. Macoun") },
          { QStringLiteral("recordNumber"), QString::number(i + 1) },
          { QStringLiteral("eventDate"),
            QStringLiteral("1931-06-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')) },
          { QStringLiteral("locality"), QStringLiteral("Mer Bleue, %1 km E").arg(i) },
          { QStringLiteral("country"), QStringLiteral("Canada") },
          { QStringLiteral("stateProvince"), QStringLiteral("Ontario") },
          { QStringLiteral("decimalLatitude"), QStringLiteral("45.40") },
          { QStringLiteral("decimalLongitude"), QStringLiteral("-75.50") } });
}

QStringList flagsOf(TrustCheck &check, const SpecimenRecord &r, TrustFindings *out = nullptr)
{
    TrustFindings findings;
    check.inspect(r, findings);
    if (out)
        *out = findings;
    return findings.flagNames();
}

} // namespace

class TestTrustChecks : public QObject
{
    Q_OBJECT

private slots:
    // --- the rate window ---
    void windowFiresOnceWhileTheRuleHolds()
    {
        FlagWindow window({ 20, 2, -1.0, 1 });
        QVERIFY(
            !window.push(true, { QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("v") }));
        QVERIFY(!window.push(false));
        QVERIFY(
            window.push(true, { QStringLiteral("b"), QStringLiteral("f"), QStringLiteral("v") }));
        QVERIFY(!window.push(true)); // still met: no second warning
        QCOMPARE(window.count(), 3);
        QCOMPARE(window.evidence().size(), 3);
        QCOMPARE(window.evidence().first().specimenId, QStringLiteral("a"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(!window.push(false)); // the flagged ones leave the window
        QCOMPARE(window.count(), 0);
        QVERIFY(!window.push(true));
        QVERIFY(window.push(true)); // met again: a new warning
    }

    void windowRateRuleNeedsItsMinimumSize()
    {
        FlagWindow window({ 50, 1, 0.2, 5 });
        QVERIFY(!window.push(true));
        QVERIFY(!window.push(true)); // 100 % of 2: too few to say
        QVERIFY(!window.push(false));
        QVERIFY(!window.push(false));
        QVERIFY(window.push(true)); // 3 of 5 = 60 %
    }

    void evidenceKeepsTheNewestTen()
    {
        FlagWindow window({ 50, 1, -1.0, 1 });
        for (int i = 0; i < 30; ++i)
            window.push(true, { QString::number(i), {}, {} });
        const auto evidence = window.evidence();
        QCOMPARE(evidence.size(), 10);
        QCOMPARE(evidence.first().specimenId, QStringLiteral("20"));
        QCOMPARE(evidence.last().specimenId, QStringLiteral("29"));
    }

    // --- check 1: values from the prompt ---
    void copiedExampleIsFlagged()
    {
        PromptLeakCheck check(kPrompt);
        // The example copied, with other spacing, case and punctuation.
        const QStringList flags = flagsOf(
            check,
            record(QStringLiteral("a.jpg"),
                   { { QStringLiteral("catalogNumber"), QStringLiteral("dao-019121") },
                     { QStringLiteral("recordedBy"), QStringLiteral("J Macoun") },
                     { QStringLiteral("recordNumber"), QStringLiteral("4417") },
                     { QStringLiteral("locality"), QStringLiteral("Dow’s Lake,  Ottawa") } }));
        QVERIFY(flags.contains(QStringLiteral("value_from_prompt:catalogNumber")));
        QVERIFY(flags.contains(QStringLiteral("value_from_prompt:recordNumber")));
        QVERIFY(flags.contains(QStringLiteral("value_from_prompt:locality")));
        // The collector is flagged beside the copied numbers, not alone (below).
        QVERIFY(flags.contains(QStringLiteral("value_from_prompt:recordedBy")));
    }

    void sharedNamesShortValuesAndPlacesAloneAreNotFlagged()
    {
        PromptLeakCheck check(kPrompt);
        // The example's species, collector, habitat, country and province are real values of
        // many sheets; "12" is too short to say anything.
        QVERIFY(flagsOf(check,
                        record(QStringLiteral("b.jpg"),
                               { { QStringLiteral("catalogNumber"), QStringLiteral("DAO 777001") },
                                 { QStringLiteral("scientificName"),
                                   QStringLiteral("Carex aquatilis Wahlenb.") },
                                 { QStringLiteral("recordedBy"), QStringLiteral("J. Macoun") },
                                 { QStringLiteral("recordNumber"), QStringLiteral("12") },
                                 { QStringLiteral("habitat"), QStringLiteral("wet meadow") },
                                 { QStringLiteral("country"), QStringLiteral("Canada") },
                                 { QStringLiteral("stateProvince"), QStringLiteral("Ontario") },
                                 { QStringLiteral("locality"), QStringLiteral("Ottawa") } }))
                    .isEmpty());
        // A place name in an identifying term is still a place name.
        QVERIFY(flagsOf(check,
                        record(QStringLiteral("c.jpg"),
                               { { QStringLiteral("locality"), QStringLiteral("United States") } }))
                    .isEmpty());
        // A value that only contains a word of the prompt is not in the prompt.
        QVERIFY(
            flagsOf(check,
                    record(QStringLiteral("d.jpg"),
                           { { QStringLiteral("catalogNumber"), QStringLiteral("DAO 0191212") } }))
                .isEmpty());
    }

    void twoCopiesInTwentyWarnPromptLeak()
    {
        PromptLeakCheck check(kPrompt);
        TrustFindings findings;
        int warnedAt = -1;
        for (int i = 0; i < 20 && warnedAt < 0; ++i) {
            SpecimenRecord r = healthy(i);
            if (i == 3 || i == 7)
                r.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 019121"));
            flagsOf(check, r, &findings);
            if (!findings.warnings.isEmpty())
                warnedAt = i;
        }
        QCOMPARE(warnedAt, 7);
        const ValidationWarning &warning = findings.warnings.first();
        QCOMPARE(warning.reason, WarningReason::PromptLeak);
        QCOMPARE(warning.count, 2);
        QCOMPARE(warning.evidence.size(), 2);
        QCOMPARE(warning.evidence.first().field, QStringLiteral("catalogNumber"));
        QCOMPARE(warning.evidence.first().value, QStringLiteral("DAO 019121"));
        QCOMPARE(warning.evidence.last().specimenId, QStringLiteral("sheet_007.jpg"));
        QVERIFY(warning.message.contains(QLatin1String("prompt")));
    }

    void noPromptNoCheck()
    {
        PromptLeakCheck check(QString {});
        QVERIFY(check
                    .copiedValues(record(
                        QStringLiteral("a.jpg"),
                        { { QStringLiteral("catalogNumber"), QStringLiteral("DAO 019121") } }))
                    .isEmpty());
    }

    // --- check 2: repeated values ---
    void repeatedCatalogNumberFlagsBothImages()
    {
        RepeatedValuesCheck check;
        QVERIFY(flagsOf(check, healthy(1)).isEmpty());
        SpecimenRecord second = healthy(2);
        second.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("dao-100001"));
        TrustFindings findings;
        QVERIFY(flagsOf(check, second, &findings)
                    .contains(QStringLiteral("repeated_value:catalogNumber")));
        QCOMPARE(findings.earlierFlags.value(QStringLiteral("sheet_001.jpg")),
                 QStringList { QStringLiteral("repeated_value:catalogNumber") });
    }

    void sameImageAgainIsNoRepeat()
    {
        RepeatedValuesCheck check;
        const SpecimenRecord first = healthy(1);
        QVERIFY(flagsOf(check, first).isEmpty());
        // A retry of the same specimen, and a copy of the same file under another name.
        QVERIFY(flagsOf(check, first).isEmpty());
        SpecimenRecord copy = first;
        copy.specimenId = QStringLiteral("copy.jpg");
        QVERIFY(flagsOf(check, copy).isEmpty());
    }

    void duplicateSheetsOfOneGatheringAreNotRepeats()
    {
        // Duplicates share collector, number, date and place; their catalogue numbers differ.
        RepeatedValuesCheck check;
        for (int i = 0; i < 4; ++i) {
            SpecimenRecord duplicate = healthy(0);
            duplicate.specimenId = QStringLiteral("dup_%1.jpg").arg(i);
            duplicate.sha256 = QStringLiteral("dup-sha-%1").arg(i);
            duplicate.record.dwc.insert(QStringLiteral("catalogNumber"),
                                        QStringLiteral("DAO %1").arg(500 + i));
            TrustFindings findings;
            QVERIFY(flagsOf(check, duplicate, &findings).isEmpty());
            QVERIFY(findings.warnings.isEmpty());
        }
        // Without catalogue numbers the collector and number pair is all there is: flagged.
        SpecimenRecord a = healthy(0), b = healthy(0);
        a.specimenId = QStringLiteral("nocat_a.jpg");
        b.specimenId = QStringLiteral("nocat_b.jpg");
        a.sha256 = QStringLiteral("x1");
        b.sha256 = QStringLiteral("x2");
        a.record.dwc.remove(QStringLiteral("catalogNumber"));
        b.record.dwc.remove(QStringLiteral("catalogNumber"));
        a.record.dwc.insert(QStringLiteral("recordNumber"), QStringLiteral("9001"));
        b.record.dwc.insert(QStringLiteral("recordNumber"), QStringLiteral("9001"));
        QVERIFY(flagsOf(check, a).isEmpty());
        QVERIFY(
            flagsOf(check, b).contains(QStringLiteral("repeated_value:recordedBy+recordNumber")));
    }

    void threeCollisionsInFiftyWarnRepeatedValues()
    {
        RepeatedValuesCheck check;
        int warnings = 0, warnedAt = -1;
        for (int i = 0; i < 30; ++i) {
            SpecimenRecord r = healthy(i);
            if (i % 5 == 4) // another sheet's number
                r.record.dwc.insert(QStringLiteral("catalogNumber"),
                                    QStringLiteral("DAO %1").arg(100000 + i - 1));
            TrustFindings findings;
            flagsOf(check, r, &findings);
            for (const ValidationWarning &w : findings.warnings) {
                QCOMPARE(w.reason, WarningReason::RepeatedValues);
                ++warnings;
                warnedAt = i;
            }
        }
        QCOMPARE(warnings, 1);
        QCOMPARE(warnedAt, 14);
    }

    void oneRecordForEverySheetWarnsIdenticalRecords()
    {
        RepeatedValuesCheck check;
        QList<ValidationWarning> warnings;
        for (int i = 0; i < 6; ++i) {
            SpecimenRecord r = healthy(7);
            r.specimenId = QStringLiteral("s%1.jpg").arg(i);
            r.sha256 = QStringLiteral("img-%1").arg(i);
            TrustFindings findings;
            const QStringList flags = flagsOf(check, r, &findings);
            QCOMPARE(flags.contains(QStringLiteral("identical_record")), i >= 2);
            for (const ValidationWarning &w : findings.warnings) {
                if (w.reason == WarningReason::IdenticalRecords)
                    warnings.append(w);
            }
            if (i == 2)
                QCOMPARE(findings.earlierFlags.value(QStringLiteral("s0.jpg"))
                             .count(QStringLiteral("identical_record")),
                         1);
        }
        QCOMPARE(warnings.size(), 1); // once for the set
        QCOMPARE(warnings.first().count, 3);
        QCOMPARE(warnings.first().evidence.size(), 3);
    }

    void seededStateCatchesARepeatAcrossSessions()
    {
        RepeatedValuesCheck check;
        check.seed(healthy(1));
        SpecimenRecord again = healthy(2);
        again.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 100001"));
        QVERIFY(flagsOf(check, again).contains(QStringLiteral("repeated_value:catalogNumber")));
    }

    // --- check 3: barcodes ---
    void barcodeDisagreementRate()
    {
        BarcodeCheck check;
        auto withBarcode = [](int i, const QString &catalog) {
            SpecimenRecord r = healthy(i);
            r.record.dwc.insert(QStringLiteral("catalogNumber"), catalog);
            r.record.extra.insert(QStringLiteral("barcodes"),
                                  QJsonArray { QStringLiteral("DAO%1").arg(100000 + i) });
            return r;
        };
        // Spaces and case do not make a disagreement.
        QVERIFY(flagsOf(check, withBarcode(0, QStringLiteral("dao 100000"))).isEmpty());
        // The offline engine's form: objects with data.
        SpecimenRecord offline = healthy(1);
        offline.record.extra.insert(
            QStringLiteral("barcodes"),
            QJsonArray {
                QJsonObject { { QStringLiteral("data"), QStringLiteral("DAO 100001") } } });
        QVERIFY(flagsOf(check, offline).isEmpty());
        // No barcode: not counted either way.
        SpecimenRecord none = healthy(2);
        none.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("E1"));
        QVERIFY(flagsOf(check, none).isEmpty());
        QVERIFY(flagsOf(check, withBarcode(3, QStringLiteral("DAO 100003"))).isEmpty());
        QVERIFY(flagsOf(check, withBarcode(4, QStringLiteral("DAO 100004"))).isEmpty());
        TrustFindings findings;
        QCOMPARE(flagsOf(check, withBarcode(5, QStringLiteral("E00412345")), &findings),
                 QStringList { QStringLiteral("barcode_mismatch:catalogNumber") });
        QVERIFY(findings.warnings.isEmpty()); // 1 of 5: 20 %, not above
        flagsOf(check, withBarcode(6, QStringLiteral("E00412346")), &findings);
        QCOMPARE(findings.warnings.size(), 1); // 2 of 6
        QCOMPARE(findings.warnings.first().reason, WarningReason::BarcodeMismatch);
        QVERIFY(
            findings.warnings.first().evidence.last().value.contains(QLatin1String("DAO100006")));
    }

    // --- check 4: implausible values ---
    void datesOutsideHistoryOrNotDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("day") << "1921-06-14" << true;
        QTest::newRow("month") << "1921-06" << true;
        QTest::newRow("year") << "1921" << true;
        QTest::newRow("time") << "1963-03-08T14:07-0600" << true;
        QTest::newRow("interval") << "2007-11-13/15" << true;
        QTest::newRow("years") << "1900/1909" << true;
        QTest::newRow("future") << "2087-01-01" << false;
        QTest::newRow("early") << "1650-05-01" << false;
        QTest::newRow("words") << "14 June 1921" << false;
        QTest::newRow("month 13") << "1921-13-01" << false;
        QTest::newRow("backwards") << "1921-06-14/10" << false;
    }
    void datesOutsideHistoryOrNotDates()
    {
        QFETCH(QString, date);
        QFETCH(bool, plausible);
        QCOMPARE(ImplausibleValuesCheck::isPlausibleDate(date, QDate(2026, 12, 1)), plausible);
    }

    void nameForms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("binomial") << "Quercus robur" << true;
        QTest::newRow("authorship") << "Bouteloua gracilis (Kunth) Lag. ex Griffiths" << true;
        QTest::newRow("accents") << "Pascopyrum smithii (Rydb.) Á. Löve" << true;
        QTest::newRow("hyphen") << "Vaccinium vitis-idaea L." << true;
        QTest::newRow("trinomial") << "Vaccinium vitis-idaea subsp. minus (Lodd.) Hultén" << true;
        QTest::newRow("filius") << "Carex nigra (L.) Reichard f." << true;
        QTest::newRow("hybrid") << "Salix × rubens Schrank" << true;
        QTest::newRow("genus sp.") << "Carex sp." << true;
        QTest::newRow("genus alone") << "Carex" << false;
        QTest::newRow("lower case") << "quercus robur" << false;
        QTest::newRow("capitals") << "QUERCUS ROBUR" << false;
        QTest::newRow("prose") << "Unknown plant" << false;
        QTest::newRow("number") << "Specimen 12" << false;
        QTest::newRow("rank without epithet") << "Carex nigra var." << false;
    }
    void nameForms()
    {
        QFETCH(QString, name);
        QFETCH(bool, plausible);
        QCOMPARE(ImplausibleValuesCheck::isNameForm(name), plausible);
    }

    void coordinatesAgainstThePlaceNamed()
    {
        ImplausibleValuesCheck check(QDate(2026, 12, 1));
        QVERIFY(check.problems(healthy(1)).isEmpty());
        SpecimenRecord lostMinus = healthy(2);
        lostMinus.record.dwc.insert(QStringLiteral("decimalLongitude"), QStringLiteral("75.50"));
        QCOMPARE(flagsOf(check, lostMinus),
                 QStringList { QStringLiteral("implausible:decimalLatitude+decimalLongitude") });
        SpecimenRecord swapped = healthy(3);
        swapped.record.dwc.insert(QStringLiteral("stateProvince"), QStringLiteral("Sask."));
        swapped.record.dwc.insert(QStringLiteral("decimalLatitude"), QStringLiteral("-106.6"));
        swapped.record.dwc.insert(QStringLiteral("decimalLongitude"), QStringLiteral("52.1"));
        QCOMPARE(flagsOf(check, swapped),
                 QStringList { QStringLiteral("implausible:decimalLatitude") });
        // A province's box wins over the country's; an unknown country checks range only.
        SpecimenRecord alaska = healthy(4);
        alaska.record.dwc.insert(QStringLiteral("country"), QStringLiteral("U.S.A."));
        alaska.record.dwc.insert(QStringLiteral("stateProvince"), QStringLiteral("Alaska"));
        alaska.record.dwc.insert(QStringLiteral("decimalLatitude"), QStringLiteral("52.0"));
        alaska.record.dwc.insert(QStringLiteral("decimalLongitude"), QStringLiteral("178.5"));
        QVERIFY(check.problems(alaska).isEmpty());
        SpecimenRecord elsewhere = healthy(5);
        elsewhere.record.dwc.insert(QStringLiteral("country"), QStringLiteral("Peru"));
        elsewhere.record.dwc.remove(QStringLiteral("stateProvince"));
        elsewhere.record.dwc.insert(QStringLiteral("decimalLatitude"), QStringLiteral("-12.05"));
        elsewhere.record.dwc.insert(QStringLiteral("decimalLongitude"), QStringLiteral("-77.04"));
        QVERIFY(check.problems(elsewhere).isEmpty());
        SpecimenRecord nullIsland = elsewhere;
        nullIsland.record.dwc.insert(QStringLiteral("decimalLatitude"), QStringLiteral("0"));
        nullIsland.record.dwc.insert(QStringLiteral("decimalLongitude"), QStringLiteral("0"));
        QCOMPARE(check.problems(nullIsland).size(), 1);
        SpecimenRecord notNumber = healthy(6);
        notNumber.record.dwc.insert(QStringLiteral("decimalLatitude"), QStringLiteral("45°24'N"));
        QCOMPARE(flagsOf(check, notNumber),
                 QStringList { QStringLiteral("implausible:decimalLatitude") });
    }

    void regionBoxesKnowTheirNames()
    {
        QVERIFY(stateProvinceBox(QStringLiteral("Québec")).has_value());
        QVERIFY(stateProvinceBox(QStringLiteral("MT")).has_value());
        QVERIFY(countryBox(QStringLiteral("CA")).has_value());
        QVERIFY(!stateProvinceBox(QStringLiteral("5 km N of Swift Current, Sask.")).has_value());
        QVERIFY(countryBox(QStringLiteral("Canada"))->contains(60.0, -100.0));
        QVERIFY(!countryBox(QStringLiteral("Canada"))->contains(60.0, 100.0));
        QVERIFY(countryBox(QStringLiteral("Russia"))->contains(65.0, -175.0)); // across 180°
    }

    void implausibleRateWarns()
    {
        ImplausibleValuesCheck check(QDate(2026, 12, 1));
        int warnedAt = -1;
        for (int i = 0; i < 30 && warnedAt < 0; ++i) {
            SpecimenRecord r = healthy(i);
            if (i % 3 == 0)
                r.record.dwc.insert(QStringLiteral("eventDate"), QStringLiteral("2099-01-01"));
            TrustFindings findings;
            flagsOf(check, r, &findings);
            if (!findings.warnings.isEmpty()) {
                QCOMPARE(findings.warnings.first().reason, WarningReason::ImplausibleValues);
                warnedAt = i;
            }
        }
        QCOMPARE(warnedAt, 9); // 4 of 10 > 20 %, once 10 records are in the window
    }

    // --- all together ---
    void healthyRecordsRaiseNothing()
    {
        TrustChecks checks(TrustSettings(), kPrompt);
        for (int i = 0; i < 300; ++i) {
            SpecimenRecord r = healthy(i);
            r.record.extra.insert(QStringLiteral("barcodes"),
                                  QJsonArray { QStringLiteral("DAO %1").arg(100000 + i) });
            const TrustFindings findings = checks.inspect(r);
            QVERIFY2(r.flags.isEmpty(), qPrintable(r.flags.join(u',')));
            QVERIFY(findings.warnings.isEmpty());
        }
    }

    // False alarms: the true values of 500 generated sheets (what a perfect model answers),
    // with the built-in prompt and the barcodes of the sheets that have one.
    void generatedSheetsWithTheirRealValuesRaiseNothing()
    {
        const Prompt prompt = Prompt::builtIn();
        TrustChecks checks(TrustSettings(), prompt.system() + QLatin1Char('\n') + prompt.user());
        const SampleSheetGenerator generator(20261203);
        int flagged = 0;
        for (int i = 0; i < 500; ++i) {
            const SampleSheet sheet = generator.describe(i);
            SpecimenRecord r = record(sheet.fileName, sheet.truth);
            if (sheet.hasBarcode())
                r.record.extra.insert(
                    QStringLiteral("barcodes"),
                    QJsonArray { sheet.truth.value(QStringLiteral("catalogNumber")) });
            const TrustFindings findings = checks.inspect(r);
            flagged += r.flags.isEmpty() ? 0 : 1;
            QVERIFY2(findings.warnings.isEmpty(), qPrintable(findings.warnings.value(0).message));
        }
        QCOMPARE(flagged, 0);
    }

    void disabledChecksDoNothing()
    {
        TrustSettings settings;
        settings.checks.clear();
        TrustChecks checks(settings, kPrompt);
        QVERIFY(checks.isEmpty());
        SpecimenRecord r = healthy(1);
        r.record.dwc.insert(QStringLiteral("eventDate"), QStringLiteral("2099-01-01"));
        checks.inspect(r);
        QVERIFY(r.flags.isEmpty());
    }

    void earlierRecordIsAppendedWithItsFlag()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.jsonl"));
        QString error;
        auto store = RecordStore::open(path, &error);
        TrustChecks checks { TrustSettings {}, QString {} };
        SpecimenRecord first = healthy(1);
        checks.inspect(first);
        QVERIFY(store->append(first, &error));
        SpecimenRecord second = healthy(2);
        second.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 100001"));
        const TrustFindings findings = checks.inspect(second);
        QVERIFY(store->append(second, &error));
        QVERIFY(checks.flagEarlier(*store, findings, &error));
        store.reset();
        const auto finals = RecordStore::readFinal(path, &error);
        QCOMPARE(finals.value(QStringLiteral("sheet_001.jpg")).flags,
                 QStringList { QStringLiteral("repeated_value:catalogNumber") });
        QCOMPARE(finals.value(QStringLiteral("sheet_002.jpg")).flags,
                 QStringList { QStringLiteral("repeated_value:catalogNumber") });
        const QJsonObject counts = TrustChecks::countFlags(finals);
        QCOMPARE(counts.value(QLatin1String("flagged_records")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("by_flag"))
                     .toObject()
                     .value(QLatin1String("repeated_value:catalogNumber"))
                     .toInt(),
                 2);
    }

    void resumedChecksWarnOnlyOnNewFlags()
    {
        // Session 1 copied the example twice; the resumed session's records are healthy.
        QList<SpecimenRecord> earlier;
        for (int i = 0; i < 10; ++i) {
            SpecimenRecord r = healthy(i);
            if (i >= 8)
                r.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 019121"));
            earlier.append(r);
        }
        {
            TrustChecks fixed(TrustSettings(), kPrompt);
            fixed.seed(earlier);
            SpecimenRecord next = healthy(11);
            QVERIFY(fixed.inspect(next).warnings.isEmpty());
        }
        TrustChecks same(TrustSettings(), kPrompt);
        same.seed(earlier);
        SpecimenRecord copied = healthy(12);
        copied.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 019121"));
        const TrustFindings findings = same.inspect(copied);
        bool leak = false;
        for (const ValidationWarning &w : findings.warnings)
            leak = leak || w.reason == WarningReason::PromptLeak;
        QVERIFY(leak); // 3 of the last 20, the third new
    }

    void resumedChecksSeedFromTheRecordsFile()
    {
        // 30 records on disk: the first one's catalogue number comes back in the resumed
        // session (the repeated-values check remembers every record), the last two copied the
        // example (the prompt-leak window holds the newest 20). A failed attempt and a record
        // written twice are among them: only final successes count.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.jsonl"));
        QString error;
        {
            auto store = RecordStore::open(path, &error);
            QVERIFY2(store, qPrintable(error));
            for (int i = 0; i < 30; ++i) {
                SpecimenRecord r = healthy(i);
                if (i >= 28)
                    r.record.dwc.insert(QStringLiteral("catalogNumber"),
                                        QStringLiteral("DAO 019121"));
                if (i == 5)
                    r.record.extra.insert(
                        QStringLiteral("barcodes"),
                        QJsonArray { QJsonObject {
                                         { QStringLiteral("data"), QStringLiteral("DAO 100005") } },
                                     QStringLiteral("ALTA 7") });
                QVERIFY(store->append(r, &error));
            }
            SpecimenRecord failed = healthy(40);
            failed.success = false;
            failed.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 777777"));
            QVERIFY(store->append(failed, &error));
            SpecimenRecord again = healthy(3);
            again.flags = { QStringLiteral("implausible:eventDate") };
            QVERIFY(store->append(again, &error));
        }
        auto store = RecordStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->finalSuccessCount(), 30);
        const auto again = store->finalOutcomes().value(QStringLiteral("sheet_003.jpg"));
        QCOMPARE(again.flags, QStringList { QStringLiteral("implausible:eventDate") });
        const auto readBack = store->readRecord(again, &error);
        QVERIFY2(readBack, qPrintable(error));
        QCOMPARE(readBack->specimenId, QStringLiteral("sheet_003.jpg"));
        QCOMPARE(readBack->flags, again.flags);
        const QJsonObject counts = TrustChecks::countFlags(*store);
        QCOMPARE(counts.value(QLatin1String("flagged_records")).toInt(), 1);
        // What the checks are seeded with: the final successes in written order, with their
        // terms, flags and barcodes.
        QList<SpecimenRecord> seeded;
        QVERIFY(store->forEachFinalSuccess(
            25, [&](const SpecimenRecord &r) { seeded.append(r); }, &error));
        QCOMPARE(seeded.size(), 5);
        QCOMPARE(seeded.first().specimenId, QStringLiteral("sheet_026.jpg"));
        QCOMPARE(seeded.last().specimenId, QStringLiteral("sheet_003.jpg")); // written again
        QCOMPARE(seeded.last().flags, again.flags);
        QCOMPARE(seeded.at(2).record.dwc.value(QStringLiteral("catalogNumber")),
                 QStringLiteral("DAO 019121"));
        seeded.clear();
        QVERIFY(store->forEachFinalSuccess(
            0, [&](const SpecimenRecord &r) { seeded.append(r); }, &error));
        QCOMPARE(seeded.size(), 30);
        QCOMPARE(BarcodeCheck::barcodesOf(seeded.at(4)),
                 (QStringList { QStringLiteral("DAO 100005"), QStringLiteral("ALTA 7") }));
        QCOMPARE(seeded.at(4).specimenId, QStringLiteral("sheet_005.jpg"));

        TrustChecks checks(TrustSettings(), kPrompt);
        QVERIFY2(checks.seed(*store, &error), qPrintable(error));
        SpecimenRecord repeat = healthy(50);
        repeat.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 100000"));
        const TrustFindings repeatFindings = checks.inspect(repeat);
        QVERIFY(repeat.flags.contains(QStringLiteral("repeated_value:catalogNumber")));
        QVERIFY(repeatFindings.earlierFlags.contains(QStringLiteral("sheet_000.jpg")));
        SpecimenRecord failedNumber = healthy(51);
        failedNumber.record.dwc.insert(QStringLiteral("catalogNumber"),
                                       QStringLiteral("DAO 777777"));
        checks.inspect(failedNumber);
        QVERIFY(!failedNumber.flags.contains(QStringLiteral("repeated_value:catalogNumber")));
        SpecimenRecord copied = healthy(52);
        copied.record.dwc.insert(QStringLiteral("catalogNumber"), QStringLiteral("DAO 019121"));
        bool leak = false;
        for (const ValidationWarning &w : checks.inspect(copied).warnings)
            leak = leak || w.reason == WarningReason::PromptLeak;
        QVERIFY(leak); // 3 of the last 20: two from the file, one new
    }

    // --- the halt and the wire ---
    void haltOnChosenReasonsOnly()
    {
        TrustHalt halt(TrustSettings {});
        EventEmitter out;
        ValidationWarning warning;
        warning.reason = WarningReason::RepeatedValues;
        QVERIFY(!halt.consume(Event::warning(warning), out));
        warning.reason = WarningReason::LowSuccessRate;
        QVERIFY(!halt.consume(Event::warning(warning), out));
        warning.reason = WarningReason::PromptLeak;
        warning.message = QStringLiteral("copied");
        const auto request = halt.consume(Event::warning(warning), out);
        QVERIFY(request);
        QCOMPARE(request->reason, FailureReason::TrustCheckFailed);
        QVERIFY(request->message.contains(QLatin1String("prompt_leak")));
        QVERIFY(!halt.consume(Event::warning(warning), out)); // once
        TrustSettings none;
        none.haltOn.clear();
        TrustHalt quiet(none);
        QVERIFY(!quiet.consume(Event::warning(warning), out));
    }

    void flagsAndEvidenceRoundTripThroughTheLog()
    {
        SpecimenFinished finished;
        finished.specimenId = QStringLiteral("a.jpg");
        finished.flags
            = { { QStringLiteral("value_from_prompt:catalogNumber"), QStringLiteral("019121") } };
        finished.alsoFlagged = { QStringLiteral("b.jpg") };
        ValidationWarning warning;
        warning.reason = WarningReason::IdenticalRecords;
        warning.count = 3;
        warning.rate = 0.5;
        warning.evidence = { { QStringLiteral("a.jpg"), QStringLiteral("catalogNumber"),
                               QStringLiteral("019121") } };
        EventLineParser parser;
        for (const Event &event : { Event::completed(finished), Event::warning(warning) }) {
            std::string line = eventLine(event);
            line.pop_back();
            Event back;
            QString error;
            QVERIFY2(
                parser.parse(QByteArrayView(line.data(), qsizetype(line.size())), back, &error),
                qPrintable(error));
            if (const auto *f = back.as<SpecimenFinished>()) {
                QCOMPARE(f->flags, finished.flags);
                QCOMPARE(f->alsoFlagged, finished.alsoFlagged);
            } else {
                const auto *w = back.as<ValidationWarning>();
                QVERIFY(w);
                QCOMPARE(w->reason, WarningReason::IdenticalRecords);
                QCOMPARE(w->count, 3);
                QCOMPARE(w->evidence, warning.evidence);
            }
        }
        QCOMPARE(failureReasonFromName(std::string_view("trust_check_failed")),
                 FailureReason::TrustCheckFailed);
    }
};

QTEST_GUILESS_MAIN(TestTrustChecks)
#include "tst_trustchecks.moc"
