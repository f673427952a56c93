#include "scoring/ScoreRules.h"
#include "scoring/ScoreTable.h"
#include "scoring/Scoring.h"

#include <QTest>

using herb::FieldScore;
using herb::ScoreTable;
using herb::Scoring;

using Terms = QMap<QString, QString>;

class tst_Scoring : public QObject
{
    Q_OBJECT

private slots:
    void levenshtein_data();
    void levenshtein();
    void levenshteinCountsCodePoints();
    void gradedSimilarity();
    void exactMatch();
    void scoreTableCountsFields();
    void scoreTableMissingSpecimen();
    void scoreTableSkipsEmptyTruth();
    void scoreTableKeysLikeTheSuccessRule();
    void inventedValuesAreMissesByDefault();
    void emptyTokensMeanEmptyOnBothSides();
    void abstentionsAreCountedApart();
    void gradedRawCountsCaseAndSpacing();
    void normalizations_data();
    void normalizations();
    void unknownNormalizationIsAnError();
    void fieldOrderAndFieldMean();
    void cellsSayWhatKindEachIs();
};

void tst_Scoring::levenshtein_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("kitten/sitting") << "kitten"
                                    << "sitting" << 3;
    QTest::newRow("sitting/kitten symmetric") << "sitting"
                                              << "kitten" << 3;
    QTest::newRow("flaw/lawn") << "flaw"
                               << "lawn" << 2;
    QTest::newRow("both empty") << ""
                                << "" << 0;
    QTest::newRow("one empty") << ""
                               << "abc" << 3;
    QTest::newRow("equal") << "Rosa"
                           << "Rosa" << 0;
    QTest::newRow("case matters") << "rosa"
                                  << "Rosa" << 1;
    QTest::newRow("saturday/sunday") << "Saturday"
                                     << "Sunday" << 3;
    QTest::newRow("accent is one edit") << QString::fromUtf8("Québec") << "Quebec" << 1;
}

void tst_Scoring::levenshtein()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(Scoring::levenshtein(a, b), distance);
}

void tst_Scoring::levenshteinCountsCodePoints()
{
    // U+1D11E is two UTF-16 units but one code point: one substitution, length 1.
    const QString clef = QString::fromUcs4(U"\U0001D11E");
    QCOMPARE(clef.size(), 2);
    QCOMPARE(Scoring::levenshtein(clef, u"a"), 1);
    QCOMPARE(Scoring::normalizedLevenshtein(clef, u"a"), 1.0);
    QCOMPARE(Scoring::levenshtein(QString(u"x" + clef), u"x"), 1);
}

void tst_Scoring::gradedSimilarity()
{
    QCOMPARE(Scoring::gradedSimilarity(u"", u""), 1.0);
    QCOMPARE(Scoring::gradedSimilarity(u"abc", u""), 0.0);
    QCOMPARE(Scoring::gradedSimilarity(u"kitten", u"sitting"), 1.0 - 3.0 / 7.0);
    QCOMPARE(Scoring::gradedSimilarity(u"  Regina,  SASK ", u"regina, sask"), 1.0);
    QCOMPARE(Scoring::gradedSimilarity(u"J. Smith", u"J. Smyth"), 1.0 - 1.0 / 8.0);
    QVERIFY(Scoring::gradedSimilarity(u"abc", u"xyz") == 0.0);
}

void tst_Scoring::exactMatch()
{
    QVERIFY(Scoring::exactMatch(u"Rosa woodsii", u"  rosa   WOODSII "));
    QVERIFY(Scoring::exactMatch(u"", u"   "));
    QVERIFY(Scoring::exactMatch(u"line\none", u"line one"));
    QVERIFY(!Scoring::exactMatch(u"Rosa woodsii", u"Rosa woodsi"));
    QVERIFY(!Scoring::exactMatch(u"J.Smith", u"J. Smith"));
    QVERIFY(Scoring::exactMatch(QString::fromUtf8("QUÉBEC"), QString::fromUtf8("québec")));
}

void tst_Scoring::scoreTableCountsFields()
{
    ScoreTable table;
    table.addSpecimen({ { "recordedBy", "J. Smith" }, { "eventDate", "1969-08-14" } },
                      { { "recordedBy", "j. smith" }, { "eventDate", "1969-08-15" } });
    table.addSpecimen({ { "recordedBy", "A. Jones" }, { "eventDate", "1970-01-01" } },
                      { { "recordedBy", "A. Jones" } });

    QCOMPARE(table.specimenCount(), 2);
    QCOMPARE(table.missingCount(), 0);
    QCOMPARE(table.fields(), QStringList({ "eventDate", "recordedBy" }));

    const FieldScore who = table.field("recordedBy");
    QCOMPARE(who.compared, 2);
    QCOMPARE(who.exact, 2);
    QCOMPARE(who.meanGraded(), 1.0);

    const FieldScore when = table.field("eventDate");
    QCOMPARE(when.compared, 2);
    QCOMPARE(when.exact, 0);
    QCOMPARE(when.gradedSum, 0.9); // one edit in ten, then an empty prediction
    QCOMPARE(when.exactRate(), 0.0);

    const FieldScore all = table.overall();
    QCOMPARE(all.compared, 4);
    QCOMPARE(all.exact, 2);
    QCOMPARE(all.gradedSum, 2.9);
}

void tst_Scoring::scoreTableMissingSpecimen()
{
    ScoreTable table;
    table.addSpecimen({ { "locality", "Regina" } }, { { "locality", "Regina" } });
    table.addMissing({ { "locality", "Moose Jaw" }, { "habitat", "prairie" }, { "country", "" } });
    QCOMPARE(table.specimenCount(), 2);
    QCOMPARE(table.missingCount(), 1);
    QCOMPARE(table.field("locality").compared, 2);
    QCOMPARE(table.field("locality").exact, 1);
    QCOMPARE(table.field("locality").meanGraded(), 0.5);
    QCOMPARE(table.field("habitat").compared, 1);
    QCOMPARE(table.field("habitat").gradedSum, 0.0);
    QCOMPARE(table.field("country").compared, 0);
    QCOMPARE(table.overall().compared, 3);
    QCOMPARE(table.overall().exact, 1);
}

void tst_Scoring::scoreTableSkipsEmptyTruth()
{
    herb::ScoreRules rules;
    rules.ignoreEmptyTruth = true; // --ignore-empty-truth: the rule before issue 15
    ScoreTable table(rules);
    table.addSpecimen({ { "habitat", "  " }, { "locality", "Regina" } },
                      { { "habitat", "dry prairie" }, { "locality", "Regina" }, { "extra", "x" } });
    QVERIFY(!table.fields().contains("habitat"));
    QVERIFY(!table.fields().contains("extra"));
    QCOMPARE(table.overall().compared, 1);
    QCOMPARE(table.overall().exactRate(), 1.0);
    QCOMPARE(FieldScore().meanGraded(), 0.0);
}

void tst_Scoring::scoreTableKeysLikeTheSuccessRule()
{
    ScoreTable table;
    table.addSpecimen({ { "recordedBy", "J. Smith" }, { "eventDate", "1969" } },
                      { { "dwc:recordedBy", "J. Smith" }, { "EVENTDATE", "1969" } });
    QCOMPARE(table.overall().exact, 2);
    QCOMPARE(ScoreTable::termKey(" dwc:Locality "), QStringLiteral("locality"));
}

void tst_Scoring::inventedValuesAreMissesByDefault()
{
    // Issue 15: a model that invents a habitat the label does not have must score below one
    // that leaves it blank.
    ScoreTable table;
    table.addSpecimen({ { "habitat", "" }, { "locality", "Regina" } },
                      { { "habitat", "dry prairie" }, { "locality", "Regina" } }, "a.jpg");
    table.addSpecimen({ { "habitat", "" }, { "locality", "Moose Jaw" } },
                      { { "locality", "Moose Jaw" } }, "b.jpg");
    const FieldScore habitat = table.field("habitat");
    QCOMPARE(habitat.compared, 2);
    QCOMPARE(habitat.invented, 1);
    QCOMPARE(habitat.correctEmpty, 1);
    QCOMPARE(habitat.exact, 1); // the blank one
    QCOMPARE(habitat.gradedSum, 1.0);
    QCOMPARE(table.overall().compared, 4);
    QCOMPARE(table.overall().exact, 3);
    QCOMPARE(table.overall().invented, 1);

    // A specimen with no record did not answer: its empty truth cells are not compared.
    table.addMissing({ { "habitat", "" }, { "locality", "Estevan" } }, "c.jpg");
    QCOMPARE(table.field("habitat").compared, 2);
    QCOMPARE(table.field("locality").missing, 1);
}

void tst_Scoring::emptyTokensMeanEmptyOnBothSides()
{
    ScoreTable table;
    table.addSpecimen({ { "county", "N/A" }, { "habitat", "not on label" }, { "locality", "x" } },
                      { { "county", "Wood County" }, { "habitat", "n/a" }, { "locality", "x" } });
    QCOMPARE(table.field("county").invented, 1); // "N/A" is an empty truth, not the text "N/A"
    QCOMPARE(table.field("habitat").correctEmpty, 1); // a model's "n/a" is no answer
    QCOMPARE(table.field("habitat").exact, 1);

    herb::ScoreRules rules;
    rules.emptyTokens = herb::ScoreRules::parseTokens(QStringLiteral(" absent , "));
    QCOMPARE(rules.emptyTokens, QStringList { "absent" });
    ScoreTable custom(rules);
    custom.addSpecimen({ { "county", "N/A" } }, { { "county", "n/a" } });
    custom.addSpecimen({ { "county", "Absent" } }, { { "county", "" } });
    QCOMPARE(custom.field("county").correctEmpty, 1); // "Absent" is now the empty token
    QCOMPARE(custom.field("county").invented, 0); // "N/A" is compared as text: equal
    QCOMPARE(custom.field("county").exact, 2);
}

void tst_Scoring::abstentionsAreCountedApart()
{
    ScoreTable table;
    table.addSpecimen({ { "recordedBy", "J. Smith" }, { "habitat", "" } },
                      { { "recordedBy", "unsure and check" }, { "habitat", "Illegible" } });
    table.addSpecimen({ { "recordedBy", "A. Jones" } }, { { "recordedBy", "A. Jones" } });
    const FieldScore who = table.field("recordedBy");
    QCOMPARE(who.abstained, 1);
    QCOMPARE(who.compared, 1); // left out of the figures
    QCOMPARE(who.exactRate(), 1.0);
    QCOMPARE(table.field("habitat").abstained, 1);
    QCOMPARE(table.field("habitat").invented, 0);
    QCOMPARE(table.overall().abstained, 2);

    // "Unknown" is a value labels print (collector unknown), not an abstention by default.
    table.addSpecimen({ { "recordedBy", "Unknown" } }, { { "recordedBy", "unknown" } });
    QCOMPARE(table.field("recordedBy").abstained, 1);
    QCOMPARE(table.field("recordedBy").exact, 2);

    herb::ScoreRules rules;
    rules.abstentionTokens = { "??" };
    ScoreTable custom(rules);
    custom.addSpecimen({ { "recordedBy", "J. Smith" } }, { { "recordedBy", "illegible" } });
    QCOMPARE(custom.field("recordedBy").abstained, 0);
    QCOMPARE(custom.field("recordedBy").compared, 1);
}

void tst_Scoring::gradedRawCountsCaseAndSpacing()
{
    herb::ScoreRules folded;
    QCOMPARE(folded.graded("Regina", "  REGINA"), 1.0);
    herb::ScoreRules raw;
    raw.gradedRaw = true;
    QCOMPARE(raw.graded("Regina", "regina"), 1.0 - 1.0 / 6.0);
    QCOMPARE(raw.graded("ab", "a b"), 1.0 - 1.0 / 3.0);

    // Exact stays folded: the same cell is an exact match with a graded score below 1.
    ScoreTable table(raw);
    table.addSpecimen({ { "locality", "Regina" } }, { { "locality", "regina" } });
    QCOMPARE(table.field("locality").exact, 1);
    QCOMPARE(table.field("locality").gradedSum, 1.0 - 1.0 / 6.0);
}

void tst_Scoring::normalizations_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("truth");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("plainEqual");
    QTest::addColumn<bool>("normalizedEqual");
    QTest::newRow("punct") << "punct"
                           << "J.Smith"
                           << "J Smith" << false << true;
    QTest::newRow("space") << "space"
                           << "J. Smith"
                           << "J.Smith" << false << true;
    QTest::newRow("nfc") << "nfc" << QString::fromUtf8("Ciudad Bolívar")
                         << QString::fromUtf8("Ciudad Bolívar") << false << true;
    QTest::newRow("dates, year first") << "dates"
                                       << "1975-12-18"
                                       << "1975.12.18" << false << true;
    QTest::newRow("dates, label form") << "dates"
                                       << "1969-08-14"
                                       << "14 Aug. 1969" << false << true;
    QTest::newRow("dates, different day") << "dates"
                                          << "1975-12-18"
                                          << "1975.12.19" << false << false;
    QTest::newRow("several") << "punct, space"
                             << "J. Smith"
                             << "j smith" << false << true;
}

void tst_Scoring::normalizations()
{
    QFETCH(QString, flags);
    QFETCH(QString, truth);
    QFETCH(QString, answer);
    QFETCH(bool, plainEqual);
    QFETCH(bool, normalizedEqual);
    herb::ScoreRules rules;
    QCOMPARE(rules.comparisonForm(truth) == rules.comparisonForm(answer), plainEqual);
    QString error;
    rules.normalizations = herb::ScoreRules::parseNormalizations(flags, &error);
    QVERIFY2(rules.normalizations > 0, qPrintable(error));
    QCOMPARE(rules.comparisonForm(truth) == rules.comparisonForm(answer), normalizedEqual);
}

void tst_Scoring::unknownNormalizationIsAnError()
{
    QString error;
    QCOMPARE(herb::ScoreRules::parseNormalizations(QStringLiteral("punct,accents"), &error), -1);
    QVERIFY2(error.contains(QStringLiteral("accents")), qPrintable(error));
    QHash<QString, QString> map;
    QVERIFY(!herb::ScoreRules::parseColumnMap({ QStringLiteral("collector") }, &map, &error));
    QVERIFY2(error.contains(QStringLiteral("collector")), qPrintable(error));
    QVERIFY(herb::ScoreRules::parseColumnMap({ QStringLiteral("collector = recordedBy") }, &map,
                                             &error));
    QCOMPARE(map.value(QStringLiteral("collector")), QStringLiteral("recordedBy"));
}

void tst_Scoring::fieldOrderAndFieldMean()
{
    ScoreTable table;
    table.setFieldOrder({ "scientificName", "locality", "eventDate" });
    // locality: 3 cells, all exact; scientificName: 1 cell, wrong.
    table.addSpecimen({ { "scientificName", "Poa" }, { "locality", "A" } },
                      { { "scientificName", "Carex" }, { "locality", "A" } });
    table.addSpecimen({ { "locality", "B" } }, { { "locality", "B" } });
    table.addSpecimen({ { "locality", "C" } }, { { "locality", "C" } });
    QCOMPARE(table.fields(), QStringList({ "scientificName", "locality", "eventDate" }));
    QCOMPARE(table.overall().exactRate(), 0.75); // cell-weighted: 3 of 4
    QCOMPARE(table.meanFieldExactRate(), 0.5); // (0 + 1) / 2: eventDate has no cells
}

void tst_Scoring::cellsSayWhatKindEachIs()
{
    ScoreTable table;
    table.addSpecimen({ { "a", "x" }, { "b", "x" }, { "c", "" }, { "d", "x" }, { "e", "" } },
                      { { "a", "x" }, { "b", "y" }, { "c", "z" }, { "d", "?" } }, "s1");
    table.addMissing({ { "a", "x" } }, "s2");
    QStringList kinds;
    for (const herb::ScoredCell &cell : table.cells())
        kinds.append(cell.specimen + QLatin1Char(':') + cell.field + QLatin1Char('=')
                     + herb::cellKindName(cell.kind));
    QCOMPARE(kinds,
             QStringList({ "s1:a=exact", "s1:b=wrong", "s1:c=invented", "s1:d=abstained",
                           "s1:e=correct_empty", "s2:a=missing" }));
}

QTEST_GUILESS_MAIN(tst_Scoring)
#include "tst_scoring.moc"
