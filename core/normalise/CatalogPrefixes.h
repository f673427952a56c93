#pragma once

#include <QString>

#include <optional>

namespace herb {

// The codes a catalogue number's prefix stands for, from the Publication settings' table
// "DAO=AAFC/DAO,WIN=WIN/WIN,SASK=SASK" (prefix=institutionCode/collectionCode, the collection
// optional; commas, semicolons or new lines between entries). The longest prefix that starts
// the number, followed by no further letter, wins: "DAO 123456" and "DAO-0123" are DAO's.
struct CatalogCodes
{
    QString institutionCode;
    QString collectionCode;
};
std::optional<CatalogCodes> codesForCatalogNumber(const QString &table,
                                                  const QString &catalogNumber);

} // namespace herb
