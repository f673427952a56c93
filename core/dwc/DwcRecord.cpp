#include "DwcRecord.h"

#include "DwcTerms.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace herb {

namespace {

QString normalisedPlaceholder(QStringView value)
{
    QString text = value.toString().simplified().toLower();
    for (;;) {
        const qsizetype before = text.size();
        if (text.size() >= 2
            && ((text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
                || (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))))) {
            text = text.mid(1, text.size() - 2).trimmed();
        }
        // "s.n." must survive as "s.n" below, so only one trailing stop goes.
        if (text.size() > 1 && text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (text.size() == before)
            break;
    }
    return text;
}

const QSet<QString> &placeholders()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *const list[] = {
            "",
            "n/a",
            "n.a",
            "none",
            "null",
            "nil",
            "unknown",
            "unk",
            "not visible",
            "not legible",
            "illegible",
            "unreadable",
            "not readable",
            "not available",
            "not applicable",
            "not provided",
            "not given",
            "not specified",
            "not stated",
            "not recorded",
            "no data",
            "missing",
            "empty",
            "blank",
            "-",
            "--",
            "---",
            "?",
            "??",
            "???",
            ".",
            "..",
            "...",
            "\u2026",
            "\u2013",
            "\u2014",
            "s.n",
            "s. n",
            "sn",
            "s.d",
            "s. d",
        };
        for (const char *word : list)
            set.insert(QString::fromUtf8(word));
        return set;
    }();
    return words;
}

} // namespace

bool isEmptyValue(QStringView value)
{
    if (value.trimmed().isEmpty())
        return true;
    if (value.size() > 32) // no placeholder is this long; skip the normalising copy
        return false;
    return placeholders().contains(normalisedPlaceholder(value));
}

bool isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return isEmptyValue(QStringView(value.toString()));
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

int countCoreFields(const DwcRecord &record, const DwcTerms &terms)
{
    const QStringList &core = DwcTerms::coreFieldTerms();
    QSet<QString> found;
    for (auto it = record.dwc.cbegin(); it != record.dwc.cend(); ++it) {
        QString term = terms.canonicalTerm(it.key());
        if (term.isEmpty())
            term = it.key(); // a hand-built record without the term list still counts exactly
        if (core.contains(term) && !isEmptyValue(QStringView(it.value())))
            found.insert(term);
    }
    return int(found.size());
}

int countCoreFields(const DwcRecord &record)
{
    return countCoreFields(record, DwcTerms::occurrenceCore());
}

bool isSuccess(const DwcRecord &record, int minCoreFields)
{
    // A threshold of 0 would let an all-empty record pass, the defect this rule exists to stop.
    return countCoreFields(record) >= std::max(1, minCoreFields);
}

} // namespace herb
