#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace herb {

struct DwcTerm
{
    QString name; // as TDWG spells it, e.g. "scientificName"
    QString iri; // e.g. "http://rs.tdwg.org/dwc/terms/scientificName"
};

// The terms of the Darwin Core Archive Occurrence core, in the order TDWG publishes them. The
// order matters: GBIF's tools and curators expect exported columns in it.
class DwcTerms
{
public:
    DwcTerms() = default;

    // The list embedded at :/dwc/occurrence-core-terms.csv, loaded once. Empty (and a warning
    // logged) only when the build lost the resource, which tst_dwcterms guards against.
    static const DwcTerms &occurrenceCore();
    // Parses "term,iri" lines with a header; on bad input returns an empty list and says why.
    static DwcTerms fromCsv(const QByteArray &csv, QString *error = nullptr);

    // The terms the success rule counts (DESIGN.md, "Validation semantics"). country and
    // stateProvince are missing on purpose: collection-wide label headers print them.
    static const QStringList &coreFieldTerms();

    const QList<DwcTerm> &terms() const { return m_terms; }
    QStringList names() const;
    bool isEmpty() const { return m_terms.isEmpty(); }
    qsizetype size() const { return m_terms.size(); }
    bool contains(const QString &term) const { return m_indexByName.contains(term); }
    // Position in TDWG order, or -1 for a name that is not exactly a term.
    qsizetype indexOf(const QString &term) const { return m_indexByName.value(term, -1); }
    // The full IRI of an exactly spelt term, or an empty string.
    QString iri(const QString &term) const;
    // The term a model's key means: case-insensitive, surrounding blanks ignored, a "dwc:",
    // "dc:" or "dcterms:" prefix or a full term IRI stripped. Empty when it is no term.
    QString canonicalTerm(QStringView key) const;

private:
    QList<DwcTerm> m_terms;
    QHash<QString, qsizetype> m_indexByName;
    QHash<QString, qsizetype> m_indexByLowerName;
};

} // namespace herb
