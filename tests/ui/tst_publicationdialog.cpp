#include "Named.h"
#include "Screenshots.h"
#include "setup/PublicationDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace herb;

// Settings > Publication (issue 14): the licence is one of GBIF's three, every field reaches
// the settings, and an emptied field falls back to its default.
class TestPublicationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreCcByAndPlantae()
    {
        PublicationDialog dialog { DwcExportSettings() };
        auto *licence = test::named<QComboBox>(&dialog, QStringLiteral("license"));
        QCOMPARE(licence->count(), 3);
        QCOMPARE(licence->currentText(), QStringLiteral("CC BY 4.0"));
        QCOMPARE(test::named<QLineEdit>(&dialog, QStringLiteral("kingdom"))->text(),
                 QStringLiteral("Plantae"));
        const DwcExportSettings out = dialog.settings();
        QCOMPARE(out.license, DwcExportSettings().license);
        QCOMPARE(out.kingdom, QStringLiteral("Plantae"));
    }

    void fieldsReachTheSettings()
    {
        DwcExportSettings in;
        in.pubDate = QDate(2026, 1, 2); // not shown, kept
        PublicationDialog dialog { in };
        auto *licence = test::named<QComboBox>(&dialog, QStringLiteral("license"));
        licence->setCurrentIndex(licence->findText(QStringLiteral("CC0 1.0")));
        const auto type = [&](const char *name, const char *text) {
            auto *edit = test::named<QLineEdit>(&dialog, QLatin1String(name));
            QVERIFY2(!edit->accessibleName().isEmpty(), name);
            edit->clear();
            QTest::keyClicks(edit, QString::fromUtf8(text));
        };
        type("institution-code", "WIN");
        type("collection-code", "Herbarium");
        type("catalog-prefixes", "DAO=AAFC/DAO");
        type("institution-name", "University of Manitoba");
        type("dataset-title", "Manitoba sedges");
        type("creator-name", "Ada Curator");
        type("creator-organization", "UM Herbarium");
        type("creator-email", "ada@example.org");
        type("contact-name", "Help Desk");
        type("kingdom", ""); // emptied: the default
        type("dataset-language", "fr");
        QTest::keyClicks(
            test::named<QPlainTextEdit>(&dialog, QStringLiteral("dataset-description")),
            QStringLiteral("Sedges of Manitoba, 1950-1960."));
        dialog.resize(560, 700);
        dialog.show();
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("publication")));

        const DwcExportSettings out = dialog.settings();
        QCOMPARE(out.license,
                 QStringLiteral("http://creativecommons.org/publicdomain/zero/1.0/legalcode"));
        QCOMPARE(out.institutionCode, QStringLiteral("WIN"));
        QCOMPARE(out.collectionCode, QStringLiteral("Herbarium"));
        QCOMPARE(out.catalogPrefixes, QStringLiteral("DAO=AAFC/DAO"));
        QCOMPARE(out.institutionName, QStringLiteral("University of Manitoba"));
        QCOMPARE(out.title, QStringLiteral("Manitoba sedges"));
        QCOMPARE(out.creatorName, QStringLiteral("Ada Curator"));
        QCOMPARE(out.creatorOrganization, QStringLiteral("UM Herbarium"));
        QCOMPARE(out.creatorEmail, QStringLiteral("ada@example.org"));
        QCOMPARE(out.contactName, QStringLiteral("Help Desk"));
        QCOMPARE(out.kingdom, QStringLiteral("Plantae"));
        QCOMPARE(out.language, QStringLiteral("fr"));
        QCOMPARE(out.description, QStringLiteral("Sedges of Manitoba, 1950-1960."));
        QCOMPARE(out.pubDate, QDate(2026, 1, 2));
    }

    // A licence GBIF refuses, stored before, is shown as it is rather than silently replaced.
    void unknownLicenceIsShownAsItIs()
    {
        DwcExportSettings in;
        in.license = QStringLiteral("All rights reserved");
        PublicationDialog dialog { in };
        auto *licence = test::named<QComboBox>(&dialog, QStringLiteral("license"));
        QCOMPARE(licence->count(), 4);
        QCOMPARE(licence->currentText(), QStringLiteral("All rights reserved"));
        QCOMPARE(dialog.settings().license, QStringLiteral("All rights reserved"));
    }
};

QTEST_MAIN(TestPublicationDialog)
#include "tst_publicationdialog.moc"
