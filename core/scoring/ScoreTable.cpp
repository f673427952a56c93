#include "scoring/ScoreTable.h"

namespace herb {

QString cellKindName(CellKind kind)
{
    switch (kind) {
    case CellKind::Exact:
        return QStringLiteral("exact");
    case CellKind::Wrong:
        return QStringLiteral("wrong");
    case CellKind::Missing:
        return QStringLiteral("missing");
    case CellKind::Invented:
        return QStringLiteral("invented");
    case CellKind::CorrectEmpty:
        return QStringLiteral("correct_empty");
    case CellKind::Abstained:
        return QStringLiteral("abstained");
    }
    return {};
}

QString ScoreTable::termKey(const QString &term)
{
    QString key = term.trimmed().toCaseFolded();
    if (key.startsWith(QLatin1String("dwc:")))
        key = key.mid(4);
    return key;
}

void ScoreTable::setFieldOrder(const QStringList &fields)
{
    for (const QString &field : fields)
        fieldSlot(field);
}

FieldScore &ScoreTable::fieldSlot(const QString &term)
{
    if (!m_fields.contains(term))
        m_order.append(term);
    return m_fields[term];
}

void ScoreTable::addSpecimen(const QMap<QString, QString> &truth,
                             const QMap<QString, QString> &predicted, const QString &specimenId,
                             const QString &recordId)
{
    ++m_specimens;
    QMap<QString, QString> byKey;
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it) {
        // The first non-empty spelling wins when a record repeats a term in two spellings.
        QString &slot = byKey[termKey(it.key())];
        if (slot.trimmed().isEmpty())
            slot = it.value();
    }
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        score(specimenId, recordId.isEmpty() ? specimenId : recordId, it.key(), it.value(),
              byKey.value(termKey(it.key())), false);
}

void ScoreTable::addMissing(const QMap<QString, QString> &truth, const QString &specimenId)
{
    ++m_specimens;
    ++m_missing;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        score(specimenId, QString(), it.key(), it.value(), QString(), true);
}

void ScoreTable::score(const QString &specimenId, const QString &recordId, const QString &term,
                       const QString &truthValue, const QString &predictedValue, bool recordMissing)
{
    const bool truthEmpty = m_rules.isEmptyValue(truthValue);
    if (truthEmpty && (m_rules.ignoreEmptyTruth || recordMissing))
        return;
    ScoredCell cell {
        specimenId, recordId, term, predictedValue, truthValue, 0.0, CellKind::Exact
    };
    FieldScore &f = fieldSlot(term);
    const bool answered = !m_rules.isEmptyValue(predictedValue);
    if (answered && m_rules.isAbstention(predictedValue)) {
        cell.kind = CellKind::Abstained;
        ++f.abstained;
        ++m_overall.abstained;
        m_cells.append(cell);
        return;
    }
    if (truthEmpty) {
        cell.kind = answered ? CellKind::Invented : CellKind::CorrectEmpty;
        cell.graded = answered ? 0.0 : 1.0;
    } else if (!answered) {
        cell.kind = CellKind::Missing;
    } else {
        const bool exact
            = m_rules.comparisonForm(truthValue) == m_rules.comparisonForm(predictedValue);
        cell.kind = exact ? CellKind::Exact : CellKind::Wrong;
        cell.graded = m_rules.graded(truthValue, predictedValue);
    }
    for (FieldScore *s : { &f, &m_overall }) {
        ++s->compared;
        s->exact += (cell.kind == CellKind::Exact || cell.kind == CellKind::CorrectEmpty) ? 1 : 0;
        s->gradedSum += cell.graded;
        s->missing += cell.kind == CellKind::Missing ? 1 : 0;
        s->invented += cell.kind == CellKind::Invented ? 1 : 0;
        s->correctEmpty += cell.kind == CellKind::CorrectEmpty ? 1 : 0;
    }
    m_cells.append(cell);
}

double ScoreTable::meanFieldExactRate() const
{
    double sum = 0.0;
    int fields = 0;
    for (const FieldScore &f : m_fields) {
        if (f.compared > 0) {
            sum += f.exactRate();
            ++fields;
        }
    }
    return fields > 0 ? sum / fields : 0.0;
}

double ScoreTable::meanFieldGraded() const
{
    double sum = 0.0;
    int fields = 0;
    for (const FieldScore &f : m_fields) {
        if (f.compared > 0) {
            sum += f.meanGraded();
            ++fields;
        }
    }
    return fields > 0 ? sum / fields : 0.0;
}

} // namespace herb
