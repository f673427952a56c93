#include "ElevationNormaliser.h"

#include <QRegularExpression>

#include <cmath>

namespace herb {

namespace {

std::optional<double> number(QString text)
{
    // Thousands written with a comma or a (thin) space: "3,500", "1 200".
    text.remove(QLatin1Char(','))
        .remove(QLatin1Char(' '))
        .remove(QChar(0x202F))
        .remove(QChar(0x00A0));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

QString metresText(double value)
{
    return QString::number(std::round(value), 'f', 0);
}

} // namespace

std::optional<ElevationRange> parseElevation(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral(R"(^\s*(?:(?:ca|c|about|env|environ|alt|elev|elevation|altitude)\.?:?\s*)*)"
                       R"((\d[\d, \x{202F}\x{00A0}]*(?:\.\d+)?))"
                       R"((?:\s*(?:-|–|—|to|à|a)\s*(\d[\d, \x{202F}\x{00A0}]*(?:\.\d+)?))?)"
                       R"(\s*(m|m\.|meters?|metres?|mètres?|msm|ft|ft\.|feet|foot|'|pieds?)?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<double> low = number(m.captured(1).trimmed());
    const std::optional<double> high
        = m.captured(2).isEmpty() ? low : number(m.captured(2).trimmed());
    if (!low || !high || *low > *high)
        return std::nullopt;
    const QString unit = m.captured(3).toLower();
    const bool feet = unit.startsWith(QLatin1Char('f')) || unit.startsWith(QLatin1Char('p'))
        || unit == QLatin1String("'");
    const double factor = feet ? 0.3048 : 1.0;
    // Higher than Everest or deeper than the Dead Sea shore: not an elevation on land.
    if (*low * factor < -430 || *high * factor > 8849)
        return std::nullopt;
    return ElevationRange { metresText(*low * factor), metresText(*high * factor) };
}

} // namespace herb
