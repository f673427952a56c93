#pragma once

#include <QString>

namespace herb {

// taxonRank from the form of a scientific name: "Carex" or "Carex sp." is a genus, "Carex
// aquatilis Wahlenb." a species, and the botanical markers subsp./ssp., var. and f./forma make
// it a subspecies, variety or form. Empty when the name is no recognisable form.
QString taxonRankOf(const QString &scientificName);

} // namespace herb
