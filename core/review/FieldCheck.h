#pragma once

#include <QString>

namespace herb {

class DwcTerms;

// What is wrong with a value a curator typed for a Darwin Core term, in words for the workbench
// (shown while typing); empty when the value can be saved. The checks are those GBIF's
// validator refuses or flags (ISO 8601 eventDate, decimal coordinates in range, a known
// countryCode, numbers where a number is meant), so a correction never makes the archive worse
// than the machine's value. An empty value is always allowed: it removes the field.
QString fieldValueProblem(const QString &term, const QString &value);

// Empty when `term` is exactly a term of the Occurrence core, else why not (with the term's
// right spelling when only the case differs).
QString termProblem(const QString &term, const DwcTerms &terms);

} // namespace herb
