#include "scoring/ScoreReport.h"

#include "dwc/OccurrenceCsvWriter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace herb {

namespace {

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + QLatin1String(" %");
}

QJsonObject fieldJson(const FieldScore &score)
{
    return QJsonObject { { QStringLiteral("compared"), score.compared },
                         { QStringLiteral("exact"), score.exact },
                         { QStringLiteral("exact_rate"), score.exactRate() },
                         { QStringLiteral("graded"), score.meanGraded() },
                         { QStringLiteral("missing"), score.missing },
                         { QStringLiteral("invented"), score.invented },
                         { QStringLiteral("correct_empty"), score.correctEmpty },
                         { QStringLiteral("abstained"), score.abstained } };
}

QJsonObject runJson(const RunScore &run)
{
    QJsonObject fields;
    for (const QString &term : run.table.fields())
        fields.insert(term, fieldJson(run.table.field(term)));
    return QJsonObject {
        { QStringLiteral("specimens"), run.table.specimenCount() },
        { QStringLiteral("missing"), run.table.missingCount() },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("fields_order"), QJsonArray::fromStringList(run.table.fields()) },
        { QStringLiteral("overall"), fieldJson(run.table.overall()) },
        { QStringLiteral("field_mean"),
          QJsonObject { { QStringLiteral("exact_rate"), run.table.meanFieldExactRate() },
                        { QStringLiteral("graded"), run.table.meanFieldGraded() } } },
        { QStringLiteral("warnings"), QJsonArray::fromStringList(run.warnings) },
    };
}

// "  12  91.7 %  95.0 %    1    0" for one run's field.
QString runColumns(const FieldScore &score)
{
    return QStringLiteral(" %1 %2 %3 %4 %5")
        .arg(score.compared, 8)
        .arg(percent(score.exactRate()), 8)
        .arg(percent(score.meanGraded()), 8)
        .arg(score.invented, 8)
        .arg(score.abstained, 9);
}

} // namespace

QString ScoreReport::text(const QList<RunScore> &runs,
                          const std::function<QString(const QString &)> &escape)
{
    const auto safe = [&escape](const QString &s) { return escape ? escape(s) : s; };
    QString out;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        const ScoreTable &table = runs[r].table;
        if (runs.size() > 1)
            out += QStringLiteral("[%1] %2\n").arg(r + 1).arg(safe(runs[r].source));
        // The headline counts truth rows once: specimenCount() already includes the missing.
        out += QCoreApplication::translate("Score",
                                           "Scored %n specimen(s) (%1 with no successful record)\n",
                                           nullptr, table.specimenCount())
                   .arg(table.missingCount());
        for (const QString &warning : runs[r].warnings)
            out += QCoreApplication::translate("Score", "warning: %1\n").arg(safe(warning));
    }
    out += QLatin1Char('\n');

    QString heading = QStringLiteral("%1").arg(
        QCoreApplication::translate("Score", "field", "score table heading"), -26);
    QString subheading = QString(26, QLatin1Char(' '));
    for (qsizetype r = 0; r < runs.size(); ++r) {
        heading
            += QStringLiteral(" %1 %2 %3 %4 %5")
                   .arg(QCoreApplication::translate("Score", "compared", "score table heading"), 8)
                   .arg(QCoreApplication::translate("Score", "exact", "score table heading"), 8)
                   .arg(QCoreApplication::translate("Score", "graded", "score table heading"), 8)
                   .arg(QCoreApplication::translate("Score", "invented", "score table heading"), 8)
                   .arg(QCoreApplication::translate("Score", "abstained", "score table heading"),
                        9);
        if (runs.size() > 1)
            subheading += QStringLiteral(" %1").arg(QStringLiteral("[%1]").arg(r + 1), -45);
    }
    const QMap<QString, Agreement> agreement = runAgreement(runs);
    if (runs.size() > 1) {
        heading += QStringLiteral(" %1").arg(
            QCoreApplication::translate("Score", "agree", "score table heading"), 8);
        while (subheading.endsWith(QLatin1Char(' ')))
            subheading.chop(1);
        out += subheading + QLatin1Char('\n');
    }
    out += heading + QLatin1Char('\n');

    const QStringList fields = runs.isEmpty() ? QStringList() : runs.first().table.fields();
    for (const QString &field : fields) {
        QString line = QStringLiteral("%1").arg(safe(field), -26);
        for (const RunScore &run : runs)
            line += runColumns(run.table.field(field));
        if (runs.size() > 1)
            line += QStringLiteral(" %1").arg(percent(agreement.value(field).rate()), 8);
        out += line + QLatin1Char('\n');
    }
    QString overall = QStringLiteral("%1").arg(
        QCoreApplication::translate("Score", "overall (per cell)", "score table row"), -26);
    QString mean = QStringLiteral("%1").arg(
        QCoreApplication::translate("Score", "mean of fields", "score table row"), -26);
    for (const RunScore &run : runs) {
        overall += runColumns(run.table.overall());
        mean += QStringLiteral(" %1 %2 %3")
                    .arg(QString(), 8)
                    .arg(percent(run.table.meanFieldExactRate()), 8)
                    .arg(percent(run.table.meanFieldGraded()), 8)
            + QString(19, QLatin1Char(' '));
    }
    // Cell-weighted, a field most specimens fill outweighs a rare one; the mean of the fields
    // weighs each field the same, as published per-field tables are usually summarised.
    out += overall + QLatin1Char('\n') + mean.trimmed() + QLatin1Char('\n');
    return out;
}

QJsonObject ScoreReport::json(const QList<RunScore> &runs)
{
    if (runs.size() == 1)
        return runJson(runs.first());
    QJsonArray list;
    for (const RunScore &run : runs) {
        QJsonObject one = runJson(run);
        one.insert(QStringLiteral("source"), run.source);
        list.append(one);
    }
    QJsonObject agreement;
    const QMap<QString, Agreement> byField = runAgreement(runs);
    for (auto it = byField.cbegin(); it != byField.cend(); ++it)
        agreement.insert(it.key(),
                         QJsonObject { { QStringLiteral("agreeing"), it->agreeing },
                                       { QStringLiteral("considered"), it->considered },
                                       { QStringLiteral("rate"), it->rate() } });
    return QJsonObject { { QStringLiteral("runs"), list },
                         { QStringLiteral("agreement"), agreement } };
}

QByteArray ScoreReport::diffCsv(const QList<RunScore> &runs)
{
    const bool several = runs.size() > 1;
    QStringList header { QStringLiteral("specimen"),    QStringLiteral("field"),
                         QStringLiteral("model_value"), QStringLiteral("truth"),
                         QStringLiteral("graded"),      QStringLiteral("kind") };
    if (several)
        header.prepend(QStringLiteral("run"));
    QString out = header.join(u',') + QLatin1String("\r\n");
    for (const RunScore &run : runs) {
        for (const ScoredCell &cell : run.table.cells()) {
            if (cell.kind == CellKind::Exact || cell.kind == CellKind::CorrectEmpty)
                continue;
            QStringList row { cell.specimen,
                              cell.field,
                              cell.predicted,
                              cell.truth,
                              QString::number(cell.graded, 'f', 3),
                              cellKindName(cell.kind) };
            if (several)
                row.prepend(run.source);
            for (QString &value : row)
                value = OccurrenceCsvWriter::cell(value);
            out += row.join(u',') + QLatin1String("\r\n");
        }
    }
    return out.toUtf8();
}

} // namespace herb
