#include "Named.h"
#include "Screenshots.h"
#include "herbstream_version.h"
#include "window/AboutDialog.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace herb;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    static QString sourceFile(const QString &name)
    {
        QFile file(QStringLiteral(HERBSTREAM_SOURCE_DIR) + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HerbstreamTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_aboutdialog"));
    }

    void versionNamesThisBuildAndQt()
    {
        AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About Herbstream"));
        const QString text = dialog.versionText();
        QVERIFY2(text.contains(QStringLiteral("Herbstream " HERBSTREAM_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY(QString::fromLatin1(HERBSTREAM_VERSION).count(QLatin1Char('.')) == 2);
    }

    void listsEveryComponentWithItsLicence()
    {
        const QList<QPair<QString, QString>> expected = {
            { QStringLiteral("Qt "), QStringLiteral("LGPL-3.0-only") },
            { QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0-only") },
            { QStringLiteral("Tesseract OCR"), QStringLiteral("Apache-2.0") },
            { QStringLiteral("Leptonica"), QStringLiteral("BSD-2-Clause") },
            { QStringLiteral("ZBar"), QStringLiteral("LGPL-2.1-or-later") },
            { QStringLiteral("simdjson"), QStringLiteral("Apache-2.0 OR MIT") },
            { QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause") },
            { QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0") },
            { QStringLiteral("libarchive"), QStringLiteral("BSD-2-Clause") },
            { QStringLiteral("zlib"), QStringLiteral("Zlib") },
        };
        AboutDialog dialog;
        QTreeWidget *list = test::named<QTreeWidget>(&dialog, QStringLiteral("components"));
        QCOMPARE(list->topLevelItemCount(), int(expected.size()));
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = list->topLevelItem(row);
            QVERIFY2(item->text(0).startsWith(expected.at(row).first), qPrintable(item->text(0)));
            QCOMPARE(item->text(1), expected.at(row).second);
            QVERIFY2(item->text(2).startsWith(QLatin1String("http")), qPrintable(item->text(2)));
        }
        QVERIFY(list->topLevelItem(0)->text(0).endsWith(QString::fromLatin1(qVersion())));
    }

    void noticesFileNamesEveryComponent()
    {
        // The installed THIRD-PARTY-NOTICES and the dialog must not drift apart.
        const QString notices = sourceFile(QStringLiteral("THIRD-PARTY-NOTICES"));
        QVERIFY(!notices.isEmpty());
        for (const AboutDialog::Component &component : AboutDialog::thirdPartyComponents()) {
            const QString name = component.name.startsWith(QLatin1String("Qt 6"))
                ? QStringLiteral("Qt")
                : component.name;
            QVERIFY2(notices.contains(name), qPrintable(name));
            QVERIFY2(notices.contains(component.licence), qPrintable(component.licence));
        }
    }

    void licenceIsMitAsInLicenseFile()
    {
        AboutDialog dialog;
        QVERIFY(dialog.licenceText().contains(QStringLiteral("MIT licence")));
        QVERIFY(sourceFile(QStringLiteral("LICENSE")).startsWith(QStringLiteral("MIT License")));
    }

    void filesTabShowsSettingsFileAndRunLogs()
    {
        const QString settings = AboutDialog::settingsLocation();
        QCOMPARE(settings, QDir::toNativeSeparators(QSettings().fileName()));
        QVERIFY2(settings.contains(QStringLiteral("tst_aboutdialog")), qPrintable(settings));
        AboutDialog dialog;
        QVERIFY(dialog.filesText().contains(settings.toHtmlEscaped()));
        QVERIFY(dialog.filesText().contains(QStringLiteral("events.jsonl")));
    }

    void iconIsBuiltIn()
    {
        const QIcon icon(QStringLiteral(":/icons/org.herbstream.Herbstream.svg"));
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(48, 48).isNull());
    }

    void screenshotsOfEveryTab()
    {
        AboutDialog dialog;
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(herb::test::saveScreenshot(&dialog, QStringLiteral("about-%1").arg(i)));
        }
    }

    void helpMenuOpensAboutAndAboutQt()
    {
        MainWindow window;
        window.show();
        QAction *about = nullptr;
        QAction *aboutQt = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() != QStringLiteral("&Help"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->menuRole() == QAction::AboutRole)
                    about = action;
                else if (action->menuRole() == QAction::AboutQtRole)
                    aboutQt = action;
            }
        }
        QVERIFY(about);
        QVERIFY(aboutQt);
        QCOMPARE(about->text(), QStringLiteral("&About Herbstream…"));
        QVERIFY(!window.findChild<AboutDialog *>());
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        QTRY_VERIFY(!window.findChild<AboutDialog *>()); // deleted on close
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
