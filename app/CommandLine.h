#pragma once

namespace herb {

// Parses argv and runs the command (DESIGN.md, "Command line"). Returns the exit code.
int runCommandLine(int argc, char *argv[]);

} // namespace herb
