#pragma once

#include <QString>

namespace herb {

// ISO 3166-1 alpha-2 codes from country names as labels and models write them, in English and
// French ("Canada", "United States of America", "USA", "Mexique", "États-Unis"), compared
// without case, accents or punctuation. A table, not a guess: an unknown name gives an empty
// code. A code given as such ("ca", "CA") is returned upper-cased when the table knows it.
QString countryCodeFor(const QString &nameOrCode);

} // namespace herb
