#include "labels/LabelDate.h"

#include <QTest>

using herb::LabelDate;

class tst_LabelDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void findInLine_data();
    void findInLine();
    void monthNames();
};

void tst_LabelDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("ambiguous");

    QTest::newRow("day month-name year") << "14 August 1969"
                                         << "1969-08-14" << false;
    QTest::newRow("abbreviated month with dot") << "14 Aug. 1969"
                                                << "1969-08-14" << false;
    QTest::newRow("month first with comma") << "Aug. 14, 1969"
                                            << "1969-08-14" << false;
    QTest::newRow("month first no comma") << "August 14 1969"
                                          << "1969-08-14" << false;
    QTest::newRow("ordinal day") << "14th August 1969"
                                 << "1969-08-14" << false;
    QTest::newRow("roman dotted") << "14.VIII.1969"
                                  << "1969-08-14" << false;
    QTest::newRow("roman spaced") << "14 VIII 1969"
                                  << "1969-08-14" << false;
    QTest::newRow("roman short month") << "3.IV.1975"
                                       << "1975-04-03" << false;
    QTest::newRow("roman two-digit year") << "14.VIII.69"
                                          << "1969-08-14" << false;
    QTest::newRow("roman lower case") << "2 ix 1971"
                                      << "1971-09-02" << false;
    QTest::newRow("iso") << "1969-08-14"
                         << "1969-08-14" << false;
    QTest::newRow("numeric two-digit year") << "14/8/69"
                                            << "1969-08-14" << false;
    QTest::newRow("numeric dashes") << "14-08-1969"
                                    << "1969-08-14" << false;
    QTest::newRow("numeric dots") << "14.08.1969"
                                  << "1969-08-14" << false;
    QTest::newRow("numeric ambiguous day first") << "5/6/1970"
                                                 << "1970-06-05" << true;
    QTest::newRow("numeric same day and month") << "6/6/1970"
                                                << "1970-06-06" << false;
    QTest::newRow("numeric month first when second > 12") << "8/14/69"
                                                          << "1969-08-14" << false;
    QTest::newRow("two-digit year 29 is 2029") << "14/8/29"
                                               << "2029-08-14" << false;
    QTest::newRow("two-digit year 30 is 1930") << "14/8/30"
                                               << "1930-08-14" << false;
    QTest::newRow("two-digit year 05") << "14/8/05"
                                       << "2005-08-14" << false;
    QTest::newRow("month and year") << "Aug 1969"
                                    << "1969-08" << false;
    QTest::newRow("month and year full") << "September, 1972"
                                         << "1972-09" << false;
    QTest::newRow("year only") << "1969"
                               << "1969" << false;
    QTest::newRow("french aout") << QString::fromUtf8("14 août 1969") << "1969-08-14" << false;
    QTest::newRow("french juil.") << "3 juil. 1958"
                                  << "1958-07-03" << false;
    QTest::newRow("french fevr.") << QString::fromUtf8("28 févr. 1960") << "1960-02-28" << false;
    QTest::newRow("french 1er") << "1er juin 1981"
                                << "1981-06-01" << false;
    QTest::newRow("french sept.") << "12 sept. 1977"
                                  << "1977-09-12" << false;
    QTest::newRow("french decembre unaccented") << "5 decembre 1950"
                                                << "1950-12-05" << false;
    QTest::newRow("french mai") << "20 mai 1966"
                                << "1966-05-20" << false;
    QTest::newRow("ocr O for zero") << "1O Aug 1969"
                                    << "1969-08-10" << false;
    QTest::newRow("ocr l for one in year") << "14 Aug l969"
                                           << "1969-08-14" << false;
    QTest::newRow("ocr I in numeric") << "I4/8/I969"
                                      << "1969-08-14" << false;
    QTest::newRow("leap day") << "29 Feb 1968"
                              << "1968-02-29" << false;
    QTest::newRow("trailing dot") << "14 Aug. 1969."
                                  << "1969-08-14" << false;
    QTest::newRow("upper case") << "14 AUGUST 1969"
                                << "1969-08-14" << false;
}

void tst_LabelDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(bool, ambiguous);
    const auto date = LabelDate::parse(text);
    QVERIFY2(date.has_value(), qPrintable(text));
    QCOMPARE(date->iso(), iso);
    QCOMPARE(date->isAmbiguous(), ambiguous);
}

void tst_LabelDate::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("prose") << "dry prairie slope";
    QTest::newRow("invalid day") << "31 Feb 1969";
    QTest::newRow("not leap year") << "29 Feb 1969";
    QTest::newRow("month 13") << "1969-13-01";
    QTest::newRow("year too old") << "14 Aug 1492";
    QTest::newRow("six digits") << "123456";
    QTest::newRow("trailing text") << "14 Aug 1969 J. Smith";
    QTest::newRow("unknown month word") << "14 Foo 1969";
    QTest::newRow("ambiguous month prefix") << "14 Jui 1969";
}

void tst_LabelDate::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!LabelDate::parse(text).has_value());
}

void tst_LabelDate::findInLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("verbatim");

    QTest::newRow("after collector") << "J. Smith 1234 14 Aug. 1969"
                                     << "1969-08-14"
                                     << "14 Aug. 1969";
    QTest::newRow("day beats year") << "Det. 1985; coll. 3 June 1969"
                                    << "1969-06-03"
                                    << "3 June 1969";
    QTest::newRow("first of equals") << "14.VIII.1969 and 2.IX.1969"
                                     << "1969-08-14"
                                     << "14.VIII.1969";
    QTest::newRow("month in prose") << "Flowering in July 1971, common"
                                    << "1971-07"
                                    << "July 1971";
    QTest::newRow("year in prose") << "Revised 1988"
                                   << "1988"
                                   << "1988";
    QTest::newRow("ocr in line") << "Coll. l2 Sept. l975"
                                 << "1975-09-12"
                                 << "l2 Sept. l975";
}

void tst_LabelDate::findInLine()
{
    QFETCH(QString, line);
    QFETCH(QString, iso);
    QFETCH(QString, verbatim);
    const auto date = LabelDate::find(line);
    QVERIFY(date.has_value());
    QCOMPARE(date->iso(), iso);
    QCOMPARE(date->verbatim(), verbatim);
    QCOMPARE(line.mid(date->position(), date->length()), verbatim);
}

void tst_LabelDate::monthNames()
{
    QCOMPARE(LabelDate::monthNumber(u"Jan."), 1);
    QCOMPARE(LabelDate::monthNumber(u"févr"), 2);
    QCOMPARE(LabelDate::monthNumber(u"Mar"), 3);
    QCOMPARE(LabelDate::monthNumber(u"juil"), 7);
    QCOMPARE(LabelDate::monthNumber(u"juin"), 6);
    QCOMPARE(LabelDate::monthNumber(u"Août"), 8);
    QCOMPARE(LabelDate::monthNumber(u"XII"), 12);
    QCOMPARE(LabelDate::monthNumber(u"ju"), 0);
    QCOMPARE(LabelDate::monthNumber(u"juniper"), 0);
    QCOMPARE(LabelDate::romanMonth(u"XIII"), 0);
}

QTEST_GUILESS_MAIN(tst_LabelDate)
#include "tst_labeldate.moc"
