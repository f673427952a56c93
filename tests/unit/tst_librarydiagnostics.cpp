#include "util/LibraryDiagnostics.h"

#include <QTest>

using namespace herb;

namespace {
QStringList g_seen;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_seen << message;
}
} // namespace

// Issue 16 §5: libraries' warnings (Qt's image plugins, libjpeg) reach the console only with
// `run --verbose`; critical messages always do.
class TestLibraryDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void warningsPassOnlyWhenShown()
    {
        qInstallMessageHandler(capture); // plays the console
        installLibraryDiagnosticsFilter();

        setLibraryDiagnosticsShown(false);
        qWarning("Corrupt JPEG data: premature end of data segment");
        qDebug("debug");
        qCritical("critical");
        QCOMPARE(g_seen, QStringList { QStringLiteral("critical") });

        setLibraryDiagnosticsShown(true);
        qWarning("libpng warning");
        QCOMPARE(g_seen.last(), QStringLiteral("libpng warning"));
        QVERIFY(libraryDiagnosticsShown());
    }
};

QTEST_GUILESS_MAIN(TestLibraryDiagnostics)
#include "tst_librarydiagnostics.moc"
