#pragma once

#include <QChar>
#include <QHash>
#include <QString>

namespace herb::test {

// The rows of a CSV or tab-separated text (occurrence.csv, a DwC-A's occurrence.txt) keyed by
// the value of `keyColumn`, each a column -> value map: what tests of the exports compare.
QHash<QString, QHash<QString, QString>> rowsByColumn(const QString &text, QChar delimiter,
                                                     const QString &keyColumn);

} // namespace herb::test
