#pragma once

#include <cstdio>

namespace herb {

// What a terminal needs before Herbstream writes to it. Linux and macOS terminals take UTF-8 and
// ANSI control sequences as they are. A Windows console shows the OEM code page (accented
// French turns into other letters) and prints "\x1b[2K" literally unless it is asked for UTF-8
// and virtual-terminal processing (Windows 10 1511 and later).
namespace ConsoleStreams {

// Sets the console's output code page to UTF-8 (Windows; elsewhere nothing to do).
void useUtf8();

// Whether `stream` is a terminal that interprets ANSI control sequences (the progress line
// redraws itself with them). On Windows this switches virtual-terminal processing on, and says
// false when the console refuses it: the reporter then prints plain lines.
bool isAnsiTerminal(FILE *stream);

} // namespace ConsoleStreams

} // namespace herb
