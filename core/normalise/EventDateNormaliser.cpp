#include "EventDateNormaliser.h"

#include "labels/LabelDate.h"

#include <QRegularExpression>

namespace herb {

namespace {

bool isIsoDate(QStringView text)
{
    static const QRegularExpression iso(
        QStringLiteral(R"(^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$)"));
    return iso.match(text).hasMatch();
}

// One date, or nothing. Ambiguity is reported through `ambiguous`.
std::optional<LabelDate> oneDate(const QString &text)
{
    return LabelDate::parse(QStringView(text).trimmed());
}

Normalised fromDates(const QList<LabelDate> &dates)
{
    bool ambiguous = false;
    QStringList parts;
    for (const LabelDate &date : dates) {
        ambiguous = ambiguous || date.isAmbiguous();
        parts << date.iso();
    }
    if (parts.size() == 2 && parts.first() == parts.last())
        parts.removeLast();
    return { ambiguous ? Normalised::Status::Ambiguous : Normalised::Status::Changed,
             parts.join(QLatin1Char('/')) };
}

// "19-21 June 1955", "19 au 21 juin 1955": one month and year for two days.
std::optional<QList<LabelDate>> dayRange(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^\s*(\d{1,2})\s*(?:-|–|—|to|au|&|and|et)\s*(\d{1,2})\s+(\D.*\d{4})\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto first = oneDate(m.captured(1) + QLatin1Char(' ') + m.captured(3));
    const auto last = oneDate(m.captured(2) + QLatin1Char(' ') + m.captured(3));
    if (!first || !last)
        return std::nullopt;
    return QList<LabelDate> { *first, *last };
}

// "19 June 1955 - 21 June 1955", "June 1955 to July 1955".
std::optional<QList<LabelDate>> twoDates(const QString &text)
{
    static const QRegularExpression separator(
        QStringLiteral(R"(\s+(?:-|–|—|to|au)\s+|\s*[–—/]\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(separator);
    if (parts.size() != 2)
        return std::nullopt;
    const auto first = oneDate(parts.first());
    const auto last = oneDate(parts.last());
    if (!first || !last || first->iso() > last->iso())
        return std::nullopt;
    return QList<LabelDate> { *first, *last };
}

} // namespace

bool isIsoEventDate(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() > 2)
        return false;
    for (const QString &part : parts) {
        if (!isIsoDate(part))
            return false;
    }
    return true;
}

Normalised normaliseEventDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (isIsoEventDate(trimmed))
        return Normalised::kept(trimmed);
    if (const auto date = oneDate(trimmed))
        return fromDates({ *date });
    if (const auto days = dayRange(trimmed))
        return fromDates(*days);
    if (const auto dates = twoDates(trimmed))
        return fromDates(*dates);
    return Normalised::failed();
}

} // namespace herb
