#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

namespace herb::test {

// Screenshots of the window's states, for people (and the README): written to
// build/tests/screenshots on every test run. Charts lay out their axes on the scene's next
// update, hence the short wait before grabbing.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(folder);
    QTest::qWait(100);
    return widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace herb::test
