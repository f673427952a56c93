#pragma once

#include <QByteArrayList>
#include <QString>

namespace herb::test {

// ../shared/data beside the checkout, or an empty string when it is absent (tests that need
// it skip with a message).
QString sharedDataDir();
QByteArray readFile(const QString &path);
// The '\n'-terminated lines of a file, without their terminators.
QByteArrayList readLines(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace herb::test
