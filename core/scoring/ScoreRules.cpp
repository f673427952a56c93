#include "scoring/ScoreRules.h"

#include "labels/LabelDate.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace herb {

namespace {

bool containsFolded(const QStringList &tokens, const QString &value)
{
    const QString folded = value.simplified().toCaseFolded();
    if (folded.isEmpty())
        return false;
    for (const QString &token : tokens) {
        if (token.simplified().toCaseFolded() == folded)
            return true;
    }
    return false;
}

} // namespace

QStringList ScoreRules::defaultEmptyTokens()
{
    // Not "NA" or "-": those are values on some labels (Namibia's code, a blank range).
    return { QStringLiteral("N/A"),       QStringLiteral("n.a."),
             QStringLiteral("none"),      QStringLiteral("not on label"),
             QStringLiteral("not given"), QStringLiteral("not present"),
             QStringLiteral("null") };
}

QStringList ScoreRules::defaultAbstentionTokens()
{
    // Not "unknown": labels print it as a value ("collector unknown", "Unknown s.n.").
    return { QStringLiteral("unsure and check"), QStringLiteral("unsure"),
             QStringLiteral("illegible"), QStringLiteral("unreadable"), QStringLiteral("?") };
}

int ScoreRules::parseNormalizations(const QString &list, QString *error)
{
    int flags = 0;
    for (const QString &raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("punct"))
            flags |= Punctuation;
        else if (name == QLatin1String("space"))
            flags |= Spacing;
        else if (name == QLatin1String("nfc"))
            flags |= Nfc;
        else if (name == QLatin1String("dates"))
            flags |= Dates;
        else {
            *error = QCoreApplication::translate(
                         "Score", "unknown normalization %1 (known: punct, space, nfc, dates)")
                         .arg(name);
            return -1;
        }
    }
    return flags;
}

bool ScoreRules::parseColumnMap(const QStringList &pairs, QHash<QString, QString> *map,
                                QString *error)
{
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString column = pair.left(equals).trimmed();
        const QString term = pair.mid(equals + 1).trimmed();
        if (equals < 0 || column.isEmpty() || term.isEmpty()) {
            *error
                = QCoreApplication::translate("Score", "--map expects truthColumn=dwcTerm, not %1")
                      .arg(pair);
            return false;
        }
        map->insert(column, term);
    }
    return true;
}

QStringList ScoreRules::parseTokens(const QString &list)
{
    QStringList tokens;
    for (const QString &token : list.split(u',', Qt::SkipEmptyParts)) {
        if (!token.trimmed().isEmpty())
            tokens.append(token.trimmed());
    }
    return tokens;
}

bool ScoreRules::isEmptyValue(const QString &value) const
{
    return value.trimmed().isEmpty() || containsFolded(emptyTokens, value);
}

bool ScoreRules::isAbstention(const QString &value) const
{
    return containsFolded(abstentionTokens, value);
}

QString ScoreRules::comparisonForm(const QString &value) const
{
    QString text = value;
    if (normalizations & Nfc)
        text = text.normalized(QString::NormalizationForm_C);
    if (normalizations & Dates) {
        // Year-first numeric dates with any separator first ("1975.12.18"), then the forms
        // labels write (LabelDate).
        static const QRegularExpression yearFirst(
            QStringLiteral("^\\s*(\\d{4})[./ -](\\d{1,2})[./ -](\\d{1,2})\\s*$"));
        const QRegularExpressionMatch match = yearFirst.match(text);
        if (match.hasMatch())
            text = QStringLiteral("%1-%2-%3")
                       .arg(match.captured(1))
                       .arg(match.captured(2).toInt(), 2, 10, QLatin1Char('0'))
                       .arg(match.captured(3).toInt(), 2, 10, QLatin1Char('0'));
        else if (const std::optional<LabelDate> date = LabelDate::parse(text))
            text = date->iso();
    }
    text = Scoring::normalized(text);
    if (normalizations & Punctuation) {
        QString kept;
        for (const QChar c : std::as_const(text))
            kept.append(c.isPunct() ? QChar(u' ') : c);
        text = kept.simplified();
    }
    if (normalizations & Spacing)
        text.remove(u' ');
    return text;
}

double ScoreRules::graded(const QString &truth, const QString &predicted) const
{
    if (gradedRaw)
        return 1.0 - Scoring::normalizedLevenshtein(truth, predicted);
    return 1.0 - Scoring::normalizedLevenshtein(comparisonForm(truth), comparisonForm(predicted));
}

} // namespace herb
