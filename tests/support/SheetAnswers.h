#pragma once

#include "extraction/Engine.h"

namespace herb::test {

// What a model reading the sheets of test::writeSheetFolder (sheet_000.jpg…) answers, for
// the tests that drive a run with scripted engines (control sheets, the audit): every sheet
// its own catalogue number, collector's number, date and locality, one name and habitat.

// The sheet's number in its file name: 7 for "sheet_007.jpg".
int sheetIndex(const QString &specimenId);
// The answer for sheet `index`; an index past the folder's is another sheet's.
DwcRecord sheetRecord(int index);
// The same as a successful outcome, with `promptTokens` prompt tokens (100 completion, cost
// 0.001).
EngineOutcome sheetAnswer(int index, int promptTokens = 1000);

} // namespace herb::test
