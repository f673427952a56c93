#pragma once

#include "Normalised.h"

namespace herb {

// eventDate as ISO 8601, as GBIF reads it: a single date ("1955-06-19"), a year-month
// ("1955-06"), a year, or an interval of two of these ("1955-06-19/1955-06-21"). Labels' forms
// are read by LabelDate, so a numeric date follows the label parser's rule: day first, and
// Ambiguous when both numbers could be the month. Parts the text does not give are never
// invented: "June 1955" is "1955-06".
Normalised normaliseEventDate(const QString &text);

// Whether `text` already is ISO 8601 as above.
bool isIsoEventDate(const QString &text);

} // namespace herb
