#pragma once

#include <QString>

namespace herb {

// A value folded for comparison: accents dropped, case folded, every run of characters that is
// neither letter nor digit one space, trimmed. "DAO-019121" and "dao 019121" fold alike.
QString foldForMatch(const QString &text);
// Letters and digits only, upper case: how catalogue numbers and barcodes compare.
QString compactKey(const QString &text);
// Letters and digits in a folded value (what "shorter than 4 characters" counts).
int significantLength(const QString &folded);

} // namespace herb
