#pragma once

#include "DwcExportSettings.h"

#include <QByteArray>

namespace herb {

// eml.xml of the archive: EML 2.1.1 with the fields of GBIF's metadata profile that the IPT
// writes for a data set: title, creator, metadataProvider, pubDate, language, abstract,
// intellectualRights (the licence in the IPT's words, with its link), contact and methods (how
// the records were made). Children of <dataset> are written in the order EML's schema fixes.
// A party without a person's name is named by its organisation: the creator's, else the
// institution's name, else the institutionCode, else "Unknown" (EML requires some name).
QByteArray emlXml(const DwcExportSettings &settings);

} // namespace herb
