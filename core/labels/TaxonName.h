#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace herb {

// A Latin plant name at the start of a label line: capitalised genus, lower-case epithet, an
// optional infraspecific rank (var., subsp., ssp., f.) and authorities such as "L." or
// "(Pursh) Nutt.". Label prose ("Dry prairie slope") is told apart by word lists and by what
// Latin epithets look like.
class TaxonName
{
public:
    static std::optional<TaxonName> find(QStringView line);
    // A family name anywhere in the line: "...aceae" or a conserved name such as Compositae.
    static QString findFamily(QStringView line);

    // With authorship, as Darwin Core's scientificName asks for when the label gives it.
    QString scientificName() const { return m_scientificName; }
    QString authorship() const { return m_authorship; } // of the lowest rank named
    double confidence() const { return m_confidence; } // 0..1, how sure the guess is

private:
    QString m_scientificName;
    QString m_authorship;
    double m_confidence = 0.0;
};

} // namespace herb
