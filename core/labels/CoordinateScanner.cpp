#include "CoordinateScanner.h"

#include <QRegularExpression>

#include <cmath>

namespace herb {

namespace {

double number(const QString &text)
{
    QString t = text;
    t.replace(u',', u'.');
    return t.toDouble();
}

const QRegularExpression &coordinateRegex()
{
    // prefix hemisphere, sign, degrees, then either a decimal fraction or minutes (and seconds),
    // then a hemisphere. Minutes need a degree mark or whitespace before them and no digit
    // after them, so "50.28 107.8" is two coordinates, not one with minutes.
    static const QRegularExpression rx(
        QStringLiteral(
            "(?:(?<![\\p{L}\\d])(?<pre>[NSEW])\\s?|(?<![\\p{L}\\d])(?<!\\d[.,]))"
            "(?<sign>[-+\\x{2212}\\x{2013}]\\s?)?"
            "(?:"
            "(?<dec>\\d{1,3}[.,]\\d+)(?!\\d)\\s*(?<decmark>[°º˚])?"
            "|"
            "(?<deg>\\d{1,3})(?!\\d)\\s*(?<degmark>[°º˚]|deg\\.?)?"
            "(?:\\s*(?<min>\\d{1,2}(?:[.,]\\d+)?)(?![\\d.])\\s*(?<minmark>['′’‘`]|min\\.?)?"
            "(?:\\s*(?<sec>\\d{1,2}(?:[.,]\\d+)?)(?![\\d.])\\s*(?<secmark>\"|″|''|”|“|sec\\.?)?)?"
            ")?"
            ")"
            "\\s*(?<hemi>[NSEWO](?![\\p{L}\\d]))?"),
        QRegularExpression::UseUnicodePropertiesOption);
    return rx;
}

} // namespace

QList<CoordinateScanner::Coordinate> CoordinateScanner::scan(QStringView text)
{
    QList<Coordinate> found;
    const QString subject = text.toString();
    qsizetype offset = 0;
    while (offset < subject.size()) {
        const QRegularExpressionMatch m = coordinateRegex().match(subject, offset);
        if (!m.hasMatch() || m.capturedLength() == 0)
            break;
        offset = m.capturedEnd();
        const QString pre = m.captured(QStringLiteral("pre"));
        QString hemisphere = m.captured(QStringLiteral("hemi"));
        // "N 50.28 W 107.8": the W after the first number opens the second coordinate.
        if (!pre.isEmpty()) {
            if (!hemisphere.isEmpty())
                offset = m.capturedStart(QStringLiteral("hemi"));
            hemisphere = pre;
        }
        if (hemisphere == QLatin1String("O"))
            hemisphere = QStringLiteral("W");

        Coordinate c;
        const bool isDecimal = m.hasCaptured(QStringLiteral("dec"));
        double value = 0.0;
        if (isDecimal) {
            value = number(m.captured(QStringLiteral("dec")));
            c.hasDegreeMark = m.hasCaptured(QStringLiteral("decmark"));
        } else {
            const double minutes = number(m.captured(QStringLiteral("min")));
            const double seconds = number(m.captured(QStringLiteral("sec")));
            const bool hasMinutes = m.hasCaptured(QStringLiteral("min"));
            // Bare integers ("50 N" aside) are record numbers, years and distances far more
            // often than coordinates.
            if (!hasMinutes && !m.hasCaptured(QStringLiteral("degmark")) && hemisphere.isEmpty())
                continue;
            // "50 17" with nothing after it is too weak; minutes need a mark, a hemisphere or
            // a degree sign to be believed.
            if (hasMinutes && !m.hasCaptured(QStringLiteral("degmark"))
                && !m.hasCaptured(QStringLiteral("minmark")) && hemisphere.isEmpty())
                continue;
            if (minutes >= 60.0 || seconds >= 60.0)
                continue;
            value = m.captured(QStringLiteral("deg")).toInt() + minutes / 60.0 + seconds / 3600.0;
            c.hasDegreeMark = m.hasCaptured(QStringLiteral("degmark")) || hasMinutes;
        }

        const QString sign = m.captured(QStringLiteral("sign")).trimmed();
        c.hasSign = !sign.isEmpty();
        if (c.hasSign && sign != QLatin1String("+"))
            value = -value;
        c.hasHemisphere = !hemisphere.isEmpty();
        if (hemisphere == QLatin1String("N") || hemisphere == QLatin1String("S"))
            c.axis = Axis::Latitude;
        else if (hemisphere == QLatin1String("E") || hemisphere == QLatin1String("W"))
            c.axis = Axis::Longitude;
        if (hemisphere == QLatin1String("S") || hemisphere == QLatin1String("W"))
            value = -std::abs(value);

        const double limit = c.axis == Axis::Latitude ? 90.0 : 180.0;
        if (std::abs(value) > limit)
            continue;
        c.degrees = value;
        c.position = m.capturedStart();
        c.verbatim = subject.mid(c.position, offset - c.position).trimmed();
        found.append(c);
    }
    return found;
}

} // namespace herb
