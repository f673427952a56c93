#pragma once

#include "scoring/FieldScore.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace herb {

// Accumulates per-field accuracy of extracted records against truth.
//
// Rules: only terms with a non-empty truth value are scored (an empty truth cell means "not on
// the label" and neither rewards nor punishes an extraction); a predicted value that is absent
// or empty scores as a miss (not exact, graded 0); terms the prediction has but the truth lacks
// are ignored. A specimen in the truth that has no record at all is a miss for every one of its
// non-empty truth terms. Predicted keys match truth terms case-insensitively and with a "dwc:"
// prefix stripped, as the success rule does.
class ScoreTable
{
public:
    void addSpecimen(const QMap<QString, QString> &truth, const QMap<QString, QString> &predicted);
    void addMissing(const QMap<QString, QString> &truth);

    // Scored terms in the order they were first seen.
    QStringList fields() const { return m_order; }
    FieldScore field(const QString &term) const { return m_fields.value(term); }
    FieldScore overall() const { return m_overall; }
    int specimenCount() const { return m_specimens; }
    int missingCount() const { return m_missing; }

    // "dwc:Locality " -> "locality": the form keys are compared in.
    static QString termKey(const QString &term);

private:
    void score(const QString &term, const QString &truthValue, const QString &predictedValue);

    QMap<QString, FieldScore> m_fields;
    QStringList m_order;
    FieldScore m_overall;
    int m_specimens = 0;
    int m_missing = 0;
};

} // namespace herb
