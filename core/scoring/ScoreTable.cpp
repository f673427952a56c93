#include "scoring/ScoreTable.h"

#include "scoring/Scoring.h"

namespace herb {

QString ScoreTable::termKey(const QString &term)
{
    QString key = term.trimmed().toCaseFolded();
    if (key.startsWith(QLatin1String("dwc:")))
        key = key.mid(4);
    return key;
}

void ScoreTable::addSpecimen(const QMap<QString, QString> &truth,
                             const QMap<QString, QString> &predicted)
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
        score(it.key(), it.value(), byKey.value(termKey(it.key())));
}

void ScoreTable::addMissing(const QMap<QString, QString> &truth)
{
    ++m_specimens;
    ++m_missing;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        score(it.key(), it.value(), QString());
}

void ScoreTable::score(const QString &term, const QString &truthValue,
                       const QString &predictedValue)
{
    if (truthValue.trimmed().isEmpty())
        return;
    if (!m_fields.contains(term))
        m_order.append(term);
    FieldScore &f = m_fields[term];
    const bool present = !predictedValue.trimmed().isEmpty();
    const bool exact = present && Scoring::exactMatch(truthValue, predictedValue);
    const double graded = present ? Scoring::gradedSimilarity(truthValue, predictedValue) : 0.0;
    for (FieldScore *s : { &f, &m_overall }) {
        ++s->compared;
        s->exact += exact ? 1 : 0;
        s->gradedSum += graded;
    }
}

} // namespace herb
