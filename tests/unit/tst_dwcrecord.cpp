#include "dwc/DwcRecord.h"

#include <QTest>

using namespace herb;

namespace {

DwcRecord recordOf(std::initializer_list<std::pair<const char *, const char *>> fields)
{
    DwcRecord record;
    for (const auto &[key, value] : fields)
        record.dwc.insert(QString::fromUtf8(key), QString::fromUtf8(value));
    return record;
}

} // namespace

class TestDwcRecord : public QObject
{
    Q_OBJECT

private slots:
    void isEmptyValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("empty");
        const char *const empties[]
            = { "",          " ",           "\t\n",          "N/A",         "n/a",
                "unknown",   "Unknown",     " UNKNOWN ",     "not visible", "Not  Visible.",
                "illegible", "[illegible]", "(not legible)", "-",           "--",
                "\u2014",    "?",           "none",          "None",        "null",
                "s.n.",      "S.N.",        "[s.n.]",        "s.d.",        "unreadable",
                "...",       "\u2026",      "not available" };
        for (const char *value : empties)
            QTest::newRow(value) << QString::fromUtf8(value) << true;
        const char *const values[] = { "NA",     "Quercus robur", "0",         "-45.5",     "1969",
                                       "?Carex", "Unknown Creek", "none seen", "s.n. 1969", "N" };
        for (const char *value : values)
            QTest::newRow(value) << QString::fromUtf8(value) << false;
    }

    void isEmptyValue()
    {
        QFETCH(QString, value);
        QFETCH(bool, empty);
        QCOMPARE(herb::isEmptyValue(QStringView(value)), empty);
    }

    void jsonValues()
    {
        QVERIFY(herb::isEmptyValue(QJsonValue()));
        QVERIFY(herb::isEmptyValue(QJsonValue(QJsonValue::Undefined)));
        QVERIFY(herb::isEmptyValue(QJsonValue(QStringLiteral("n/a"))));
        QVERIFY(!herb::isEmptyValue(QJsonValue(0)));
        QVERIFY(!herb::isEmptyValue(QJsonValue(false)));
        QVERIFY(!herb::isEmptyValue(QJsonValue(QStringLiteral("Carex"))));
    }

    void allFieldsEmptyIsNotASuccess()
    {
        // The defect this rule exists for: every key present, every value a placeholder.
        const DwcRecord record = recordOf({ { "catalogNumber", "N/A" },
                                            { "scientificName", "unknown" },
                                            { "eventDate", "" },
                                            { "recordedBy", "illegible" },
                                            { "recordNumber", "-" },
                                            { "locality", "not visible" },
                                            { "habitat", "  " } });
        QCOMPARE(countCoreFields(record), 0);
        QVERIFY(!isSuccess(record));
        QVERIFY(!isSuccess(record, 1));
        QVERIFY(!isSuccess(record, 0)); // a threshold of 0 must not let it through either
        QVERIFY(!isSuccess(DwcRecord(), 0));
    }

    void countryAndStateNeverCount()
    {
        const DwcRecord record = recordOf({ { "country", "United States" },
                                            { "stateProvince", "Missouri" },
                                            { "countryCode", "US" },
                                            { "scientificName", "Carex lurida" },
                                            { "locality", "Ozark Plateau" } });
        QCOMPARE(countCoreFields(record), 2);
        QVERIFY(!isSuccess(record));
        QVERIFY(isSuccess(record, 2));
    }

    void threeCoreFieldsSucceed()
    {
        DwcRecord record = recordOf({ { "scientificName", "Carex lurida" },
                                      { "recordedBy", "J. A. Steyermark" },
                                      { "eventDate", "1969-06-02" } });
        QCOMPARE(countCoreFields(record), 3);
        QVERIFY(isSuccess(record));
        QVERIFY(!isSuccess(record, 4));
        record.dwc.insert(QStringLiteral("recordNumber"), QStringLiteral("s.n."));
        QVERIFY(!isSuccess(record, 4));
        record.dwc.insert(QStringLiteral("recordNumber"), QStringLiteral("10231"));
        QVERIFY(isSuccess(record, 4));
    }

    void keysAreMatchedLikeTheParserDoes()
    {
        const DwcRecord record = recordOf({ { "dwc:ScientificName", "Carex" },
                                            { "scientificName", "Carex" }, // same term: once
                                            { "LOCALITY", "Ozarks" },
                                            { "collector", "Smith" } }); // not a term
        QCOMPARE(countCoreFields(record), 2);
    }
};

QTEST_GUILESS_MAIN(TestDwcRecord)
#include "tst_dwcrecord.moc"
