#pragma once

#include "scoring/FieldScore.h"
#include "scoring/ScoreRules.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace herb {

// Accumulates per-field accuracy of extracted records against truth, under ScoreRules.
//
// Per truth cell: an abstention is counted apart and not compared; an empty truth cell (or an
// empty token such as "N/A") is compared unless rules.ignoreEmptyTruth: an answer there is
// invented (a miss), no answer is correct_empty (a hit); otherwise an empty answer is missing
// (a miss) and a given one is exact or wrong, graded by rules.graded. Terms the prediction has
// but the truth lacks are ignored. A specimen with no record at all is a miss for every
// non-empty truth term (its empty ones are not compared: it did not answer). Predicted keys
// match truth terms case-insensitively and with a "dwc:" prefix stripped, as the success rule
// does.
class ScoreTable
{
public:
    explicit ScoreTable(ScoreRules rules = {})
        : m_rules(std::move(rules))
    { }

    // Lists these fields first, in this order (the truth file's columns), scored or not.
    void setFieldOrder(const QStringList &fields);
    void addSpecimen(const QMap<QString, QString> &truth, const QMap<QString, QString> &predicted,
                     const QString &specimenId = {}, const QString &recordId = {});
    void addMissing(const QMap<QString, QString> &truth, const QString &specimenId = {});

    // Fields in setFieldOrder() order, then any others in the order first seen.
    QStringList fields() const { return m_order; }
    FieldScore field(const QString &term) const { return m_fields.value(term); }
    // Every compared cell counted once (cell-weighted).
    FieldScore overall() const { return m_overall; }
    // The mean of the per-field rates over the fields with compared cells: each field weighs
    // the same, however many specimens have a value for it.
    double meanFieldExactRate() const;
    double meanFieldGraded() const;
    int specimenCount() const { return m_specimens; }
    int missingCount() const { return m_missing; }
    // Every cell scored (abstentions included), in truth order.
    const QList<ScoredCell> &cells() const { return m_cells; }
    const ScoreRules &rules() const { return m_rules; }

    // "dwc:Locality " -> "locality": the form keys are compared in.
    static QString termKey(const QString &term);

private:
    void score(const QString &specimenId, const QString &recordId, const QString &term,
               const QString &truthValue, const QString &predictedValue, bool recordMissing);
    FieldScore &fieldSlot(const QString &term);

    ScoreRules m_rules;
    QMap<QString, FieldScore> m_fields;
    QStringList m_order;
    FieldScore m_overall;
    QList<ScoredCell> m_cells;
    int m_specimens = 0;
    int m_missing = 0;
};

} // namespace herb
