#include "LabelDate.h"

#include "OcrText.h"

#include <QDate>
#include <QList>
#include <QRegularExpression>

namespace herb {

namespace {

// Full month names; any abbreviation of at least three letters that starts only names of one
// month is accepted ("sept", "juil", "fevr", "dec").
const char *const kMonthNames[] = {
    "january",   "february", "march",    "april",    "may",       "june",    "july",     "august",
    "september", "october",  "november", "december", "janvier",   "fevrier", "mars",     "avril",
    "mai",       "juin",     "juillet",  "aout",     "septembre", "octobre", "novembre", "decembre",
};

int expandYear(const QString &digits)
{
    const int value = digits.toInt();
    if (digits.size() == 2)
        return value < 30 ? 2000 + value : 1900 + value;
    return digits.size() == 4 ? value : -1;
}

struct Pattern
{
    QRegularExpression regex;
    enum Kind
    {
        DayMonthYear,
        MonthDayYear,
        Roman,
        Iso,
        Numeric,
        MonthYear,
        Year
    } kind;
};

const QList<Pattern> &patterns()
{
    // No digit may touch a match: "123456" holds no year.
    static const QString word = QStringLiteral("(\\p{L}{3,})\\.?");
    static const QString sep = QStringLiteral("[\\s.,/\\-]*");
    static const auto rx = [](const QString &pattern) {
        return QRegularExpression(pattern,
                                  QRegularExpression::CaseInsensitiveOption
                                      | QRegularExpression::UseUnicodePropertiesOption);
    };
    static const QList<Pattern> list = {
        { rx(QStringLiteral("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)")),
          Pattern::Iso },
        { rx(QStringLiteral("(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|e)?[\\s.\\-/]*") + word + sep
             + QStringLiteral("(\\d{4})(?!\\d)")),
          Pattern::DayMonthYear },
        { rx(QStringLiteral("(?<!\\p{L})") + word
             + QStringLiteral("\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s*(\\d{4})(?!\\d)")),
          Pattern::MonthDayYear },
        { rx(QStringLiteral("(?<![\\d.])(\\d{1,2})[\\s.\\-/]+([IVX]{1,4})[\\s.\\-/]+(\\d{4}|\\d{2})"
                            "(?![\\d\\p{L}])")),
          Pattern::Roman },
        { rx(QStringLiteral(
              "(?<![\\d.])(\\d{1,2})([./\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d.]\\d)"
              "(?!\\d)")),
          Pattern::Numeric },
        { rx(QStringLiteral("(?<!\\p{L})") + word + QStringLiteral("[\\s,]*(\\d{4})(?!\\d)")),
          Pattern::MonthYear },
        { rx(QStringLiteral("(?<![\\d.,])(1[7-9]\\d\\d|20\\d\\d)(?![\\d.,]\\d)(?!\\d)")),
          Pattern::Year },
    };
    return list;
}

} // namespace

int LabelDate::romanMonth(QStringView word)
{
    static const char *const roman[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    const QString upper = word.toString().toUpper();
    for (int m = 0; m < 12; ++m) {
        if (upper == QLatin1String(roman[m]))
            return m + 1;
    }
    return 0;
}

int LabelDate::monthNumber(QStringView word)
{
    QString w = OcrText::foldAccents(word);
    while (w.endsWith(u'.'))
        w.chop(1);
    if (w.size() < 3)
        return romanMonth(word);
    int found = 0;
    for (int i = 0; i < 24; ++i) {
        if (QLatin1String(kMonthNames[i]).startsWith(w)) {
            const int month = i % 12 + 1;
            if (found != 0 && found != month)
                return 0;
            found = month;
        }
    }
    return found != 0 ? found : romanMonth(word);
}

std::optional<LabelDate> LabelDate::make(int year, int month, int day, bool ambiguous)
{
    if (year < 1700 || year > 2099)
        return std::nullopt;
    LabelDate date;
    date.m_ambiguous = ambiguous;
    if (month == 0) {
        date.m_precision = Precision::Year;
        date.m_iso = QString::number(year);
        return date;
    }
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0) {
        date.m_precision = Precision::Month;
        date.m_iso = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QChar(u'0'));
        return date;
    }
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    date.m_precision = Precision::Day;
    date.m_iso = d.toString(Qt::ISODate);
    return date;
}

std::optional<LabelDate> LabelDate::find(QStringView line)
{
    const QString text = OcrText::fixDigits(line);
    std::optional<LabelDate> best;
    for (const Pattern &p : patterns()) {
        auto it = p.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            std::optional<LabelDate> date;
            switch (p.kind) {
            case Pattern::Iso:
                date = make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                            false);
                break;
            case Pattern::DayMonthYear:
                if (const int month = monthNumber(m.captured(2)))
                    date = make(m.captured(3).toInt(), month, m.captured(1).toInt(), false);
                break;
            case Pattern::MonthDayYear:
                if (const int month = monthNumber(m.captured(1)))
                    date = make(m.captured(3).toInt(), month, m.captured(2).toInt(), false);
                break;
            case Pattern::Roman:
                if (const int month = romanMonth(m.captured(2)))
                    date = make(expandYear(m.captured(3)), month, m.captured(1).toInt(), false);
                break;
            case Pattern::Numeric: {
                const int first = m.captured(1).toInt();
                const int second = m.captured(3).toInt();
                const int year = expandYear(m.captured(4));
                if (second > 12 && first <= 12)
                    date = make(year, first, second, false);
                else
                    date = make(year, second, first, first <= 12 && first != second);
                break;
            }
            case Pattern::MonthYear:
                if (const int month = monthNumber(m.captured(1)))
                    date = make(m.captured(2).toInt(), month, 0, false);
                break;
            case Pattern::Year:
                date = make(m.captured(1).toInt(), 0, 0, false);
                break;
            }
            if (!date)
                continue;
            date->m_position = m.capturedStart(0);
            date->m_verbatim = line.mid(m.capturedStart(0), m.capturedLength(0)).toString();
            const bool better = !best || date->m_precision > best->m_precision
                || (date->m_precision == best->m_precision && date->m_position < best->m_position);
            if (better)
                best = date;
        }
    }
    return best;
}

std::optional<LabelDate> LabelDate::parse(QStringView text)
{
    static const QRegularExpression padding(QStringLiteral("^[\\s.,;:]*|[\\s.,;:]*$"));
    QString trimmed = text.toString();
    trimmed.remove(padding);
    std::optional<LabelDate> date = find(trimmed);
    if (!date || date->m_position != 0)
        return std::nullopt;
    // A trailing dot after an abbreviated month or year is part of the padding, not a rest.
    QString rest = trimmed.mid(date->length());
    rest.remove(padding);
    if (!rest.isEmpty())
        return std::nullopt;
    return date;
}

} // namespace herb
