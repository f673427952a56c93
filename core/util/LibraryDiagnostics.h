#pragma once

namespace herb {

// Warnings that libraries print on their own (Qt's image plugins and libjpeg through qWarning,
// Tesseract's tprintf) are noise in the command line's progress output: the run reports every
// problem that matters itself. They are shown only when asked for (`run --verbose`).

// Installs, once, a Qt message handler that drops debug, info and warning messages unless
// they are shown; critical and fatal messages always pass. Forwards to the handler installed
// before it.
void installLibraryDiagnosticsFilter();
void setLibraryDiagnosticsShown(bool shown);
bool libraryDiagnosticsShown();

} // namespace herb
