#pragma once

#include <QString>
#include <QStringView>

namespace herb {

// Text that comes from outside — file and folder names, a model's answer, a server's error
// message, the strings of an events.jsonl or a truth.csv — must not act on the terminal or on
// a spreadsheet. A folder named "x.jpg\n[99" would print a forged progress line; ESC sequences
// set the terminal's title or clear it; a right-to-left override (U+202E) shows "gpj.exe" for
// "exe.jpg". These helpers make such characters visible (console) or take them out (exports).

// C0 controls, DEL, C1 controls, bidirectional formatting characters (marks, embeddings,
// overrides, isolates) and the Unicode line and paragraph separators.
bool isConsoleControl(char32_t c);

// The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder the
// text after them up to a terminator that may never come. Marks (LRM, RLM, ALM) only affect
// their neighbours and belong to ordinary right-to-left text, so they are not in this set.
bool isBidiReordering(char32_t c);

enum class LineBreaks
{
    Escape, // a value inside a line: a line break in it is escaped like every other control
    Keep // a whole text of our own making, whose '\n' are its lines
};

// Every console control as a visible escape: \n, \r and \t by name, the others as \uXXXX (the
// JSON spelling, so JSON printed through this stays valid JSON). Everything printed to stdout
// or stderr goes through this: each outside value on its own (LineBreaks::Escape), and each
// whole text again before it is written (LineBreaks::Keep), so a value that missed the first
// still cannot send a control sequence. Backslashes are left alone: Windows paths use them.
QString escapeForConsole(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);

// For data files people open in spreadsheets and GBIF imports (occurrence.csv, occurrence.txt):
// NUL and the other C0 controls except tab, LF and CR, DEL, C1 controls and the reordering bidi
// characters are removed. They never belong in a Darwin Core value, and NUL truncates the
// cell in many readers.
QString withoutHiddenControls(QStringView text);

} // namespace herb
