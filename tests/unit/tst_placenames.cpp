#include "labels/OcrText.h"
#include "labels/PlaceNames.h"

#include <QTest>

using herb::OcrText;
using herb::PlaceNames;

class tst_PlaceNames : public QObject
{
    Q_OBJECT

private slots:
    void stateProvince_data();
    void stateProvince();
    void country_data();
    void country();
    void ocrDigits_data();
    void ocrDigits();
};

void tst_PlaceNames::stateProvince_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    QTest::newRow("full name") << "10 km S of Regina, Saskatchewan"
                               << "Saskatchewan"
                               << "CA";
    QTest::newRow("sask. abbreviation") << "Regina, Sask."
                                        << "Saskatchewan"
                                        << "CA";
    QTest::newRow("sask without dot") << "Regina, Sask"
                                      << "Saskatchewan"
                                      << "CA";
    QTest::newRow("saskatoon is a city") << "Saskatoon riverbank"
                                         << ""
                                         << "";
    QTest::newRow("alta.") << "Banff, Alta."
                           << "Alberta"
                           << "CA";
    QTest::newRow("alt. is elevation") << "Alt. 600 m"
                                       << ""
                                       << "";
    QTest::newRow("man. needs its dot") << "Brandon, Man."
                                        << "Manitoba"
                                        << "CA";
    QTest::newRow("the word man") << "old man river"
                                  << ""
                                  << "";
    QTest::newRow("b.c.") << "Victoria, B.C."
                          << "British Columbia"
                          << "CA";
    QTest::newRow("B.C without last dot") << "Victoria, B.C"
                                          << "British Columbia"
                                          << "CA";
    QTest::newRow("BC postal") << "Victoria BC"
                               << "British Columbia"
                               << "CA";
    QTest::newRow("que.") << "Hull, Que."
                          << "Quebec"
                          << "CA";
    QTest::newRow("qué.") << QString::fromUtf8("Hull, Qué.") << "Quebec"
                          << "CA";
    QTest::newRow("french que is a word") << "plante que l'on trouve"
                                          << ""
                                          << "";
    QTest::newRow("colombie-britannique") << "Colombie-Britannique"
                                          << "British Columbia"
                                          << "CA";
    QTest::newRow("n.w.t.") << "Yellowknife, N.W.T."
                            << "Northwest Territories"
                            << "CA";
    QTest::newRow("ON after comma") << "Ottawa, ON"
                                    << "Ontario"
                                    << "CA";
    QTest::newRow("on as a word") << "on dry slopes"
                                  << ""
                                  << "";
    QTest::newRow("ON as upper-case word") << "GROWING ON SAND"
                                           << ""
                                           << "";
    QTest::newRow("SK postal") << "Regina SK"
                               << "Saskatchewan"
                               << "CA";
    QTest::newRow("new mexico not mexico") << "Santa Fe, New Mexico"
                                           << "New Mexico"
                                           << "US";
    QTest::newRow("n. dak.") << "Fargo, N. Dak."
                             << "North Dakota"
                             << "US";
    QTest::newRow("mont. needs its dot") << "Mont Royal"
                                         << ""
                                         << "";
    QTest::newRow("washington county") << "Washington Co., St. George, UT"
                                       << "Utah"
                                       << "US";
    QTest::newRow("acronym with catalogue") << "MT 00123456"
                                            << ""
                                            << "";
    QTest::newRow("first one wins") << "Montana, near Sask. border"
                                    << "Montana"
                                    << "US";
}

void tst_PlaceNames::stateProvince()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(QString, code);
    const auto match = PlaceNames::findStateProvince(line);
    QCOMPARE(match.has_value(), !name.isEmpty());
    if (!match)
        return;
    QCOMPARE(match->name, name);
    QCOMPARE(match->countryCode, code);
    QCOMPARE(match->country, PlaceNames::countryName(code));
}

void tst_PlaceNames::country_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");

    QTest::newRow("canada") << "CANADA"
                            << "Canada"
                            << "CA";
    QTest::newRow("usa") << "Plants of the U.S.A."
                         << "United States"
                         << "US";
    QTest::newRow("USA no dots") << "USA: Montana"
                                 << "United States"
                                 << "US";
    QTest::newRow("united states") << "United States of America"
                                   << "United States"
                                   << "US";
    QTest::newRow("us is a word") << "given to us"
                                  << ""
                                  << "";
    QTest::newRow("etats-unis") << QString::fromUtf8("États-Unis") << "United States"
                                << "US";
    QTest::newRow("france") << "Flore de France"
                            << "France"
                            << "FR";
    QTest::newRow("new mexico is a state") << "New Mexico"
                                           << ""
                                           << "";
    QTest::newRow("nothing") << "dry prairie"
                             << ""
                             << "";
}

void tst_PlaceNames::country()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(QString, code);
    const auto match = PlaceNames::findCountry(line);
    QCOMPARE(match.has_value(), !name.isEmpty());
    if (!match)
        return;
    QCOMPARE(match->name, name);
    QCOMPARE(match->countryCode, code);
}

void tst_PlaceNames::ocrDigits_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("year") << "l969"
                          << "1969";
    QTest::newRow("zero") << "1O"
                          << "10";
    QTest::newRow("pipe") << "|2"
                          << "12";
    QTest::newRow("roman untouched") << "VIII"
                                     << "VIII";
    QTest::newRow("words untouched") << "Oil Lake"
                                     << "Oil Lake";
    QTest::newRow("ordinal untouched") << "1st"
                                       << "1st";
    QTest::newRow("mixed line") << "l4 Aug l969"
                                << "14 Aug 1969";
}

void tst_PlaceNames::ocrDigits()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(OcrText::fixDigits(in), out);
    QCOMPARE(OcrText::fixDigits(in).size(), in.size());
}

QTEST_GUILESS_MAIN(tst_PlaceNames)
#include "tst_placenames.moc"
