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
    ScoreTable table;
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

QTEST_GUILESS_MAIN(tst_Scoring)
#include "tst_scoring.moc"
