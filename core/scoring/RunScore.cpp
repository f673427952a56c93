#include "scoring/RunScore.h"

#include "dwc/DwcTerms.h"
#include "scoring/TruthTable.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace herb {

namespace {

// A few names of a longer list, for a warning that must stay one line.
QString someOf(const QStringList &names)
{
    constexpr int kShown = 5;
    QString shown = names.mid(0, kShown).join(QLatin1String(", "));
    if (names.size() > kShown)
        shown += QLatin1String(", …");
    return shown;
}

bool anyRecordHas(const Predictions &predicted, const QString &term)
{
    const QString key = ScoreTable::termKey(term);
    for (const QMap<QString, QString> &values : predicted) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (ScoreTable::termKey(it.key()) == key && !it.value().trimmed().isEmpty())
                return true;
        }
    }
    return false;
}

QString valueOf(const QMap<QString, QString> &values, const QString &term)
{
    const QString key = ScoreTable::termKey(term);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (ScoreTable::termKey(it.key()) == key && !it.value().trimmed().isEmpty())
            return it.value().trimmed();
    }
    return {};
}

} // namespace

std::optional<RunScore> scoreRun(const TruthTable &truth, const Predictions &predicted,
                                 const ScoreRules &rules, const QString &key, QString *error)
{
    RunScore run { {}, ScoreTable(rules), {} };

    // Truth column -> the field it is scored as.
    QHash<QString, QString> fieldOfColumn;
    QStringList fields;
    QStringList notTerms;
    for (const QString &column : truth.terms()) {
        const QString term = rules.columnMap.value(column, column);
        const QString canonical = DwcTerms::occurrenceCore().canonicalTerm(term);
        const bool recorded = anyRecordHas(predicted, term);
        if (canonical.isEmpty() && !recorded) {
            notTerms.append(column);
            continue;
        }
        if (!recorded && !predicted.isEmpty())
            run.warnings.append(QCoreApplication::translate(
                                    "Score",
                                    "no record has a value for %1: every truth value of it is "
                                    "a miss")
                                    .arg(column));
        const QString field = canonical.isEmpty() ? term : canonical;
        if (fields.contains(field)) {
            // Two truth values for one answer (a --map onto a column that exists): which one
            // is the truth would be a guess.
            *error = QCoreApplication::translate("Score",
                                                 "truth columns %1 and %2 are both scored as %3")
                         .arg(fieldOfColumn.key(field), column, field);
            return std::nullopt;
        }
        fieldOfColumn.insert(column, field);
        fields.append(field);
    }
    if (!notTerms.isEmpty())
        run.warnings.append(QCoreApplication::translate(
                                "Score",
                                "%n column(s) are not Darwin Core terms and no record has them, "
                                "so they are not scored (--map COLUMN=TERM names their term): %1",
                                nullptr, int(notTerms.size()))
                                .arg(someOf(notTerms)));
    run.table.setFieldOrder(fields);

    QString keyColumn;
    if (!key.isEmpty()) {
        for (const QString &column : truth.terms()) {
            if (ScoreTable::termKey(fieldOfColumn.value(column, column))
                == ScoreTable::termKey(key))
                keyColumn = column;
        }
        if (keyColumn.isEmpty()) {
            *error = QCoreApplication::translate("Score",
                                                 "--key %1: the truth table has no such column")
                         .arg(key);
            return std::nullopt;
        }
    }

    QHash<QString, QStringList> idsByName;
    QHash<QString, QStringList> idsByKey;
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it) {
        idsByName[TruthTable::baseName(it.key())].append(it.key());
        if (!key.isEmpty()) {
            const QString value = valueOf(it.value(), key);
            if (!value.isEmpty())
                idsByKey[value].append(it.key());
        }
    }

    QSet<QString> matched;
    QStringList ambiguous;
    for (const TruthTable::Row &row : truth.rows()) {
        QStringList candidates;
        if (!key.isEmpty())
            candidates = idsByKey.value(row.terms.value(keyColumn).trimmed());
        else if (predicted.contains(row.id))
            candidates = { row.id };
        else
            candidates = idsByName.value(TruthTable::baseName(row.fileName));
        if (candidates.size() > 1)
            ambiguous.append(row.id);

        QMap<QString, QString> cells;
        for (auto it = row.terms.cbegin(); it != row.terms.cend(); ++it) {
            if (fieldOfColumn.contains(it.key()))
                cells.insert(fieldOfColumn.value(it.key()), it.value());
        }
        if (candidates.size() == 1) {
            matched.insert(candidates.first());
            run.table.addSpecimen(cells, predicted.value(candidates.first()), row.id,
                                  candidates.first());
        } else {
            run.table.addMissing(cells, row.id);
        }
    }
    if (!ambiguous.isEmpty())
        run.warnings.append(QCoreApplication::translate(
                                "Score",
                                "%n truth row(s) match several records and are scored as having "
                                "none: %1",
                                nullptr, int(ambiguous.size()))
                                .arg(someOf(ambiguous)));
    const int unmatched = int(predicted.size() - matched.size());
    if (unmatched > 0)
        run.warnings.append(QCoreApplication::translate(
            "Score", "%n record(s) match no truth row and are not scored", nullptr, unmatched));
    return run;
}

QMap<QString, Agreement> runAgreement(const QList<RunScore> &runs)
{
    QMap<QString, Agreement> agreement;
    if (runs.size() < 2)
        return agreement;
    // (specimen, field) -> each run's answer in comparison form.
    QHash<QPair<QString, QString>, QStringList> answers;
    for (const RunScore &run : runs) {
        for (const ScoredCell &cell : run.table.cells())
            answers[{ cell.specimen, cell.field }].append(
                run.table.rules().isEmptyValue(cell.predicted)
                    ? QString()
                    : run.table.rules().comparisonForm(cell.predicted));
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (it.value().size() != runs.size())
            continue;
        Agreement &a = agreement[it.key().second];
        ++a.considered;
        if (it.value().count(it.value().first()) == it.value().size())
            ++a.agreeing;
    }
    return agreement;
}

} // namespace herb
