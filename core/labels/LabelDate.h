#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace herb {

// A date as herbarium labels write it, normalised to ISO 8601.
//
// Forms: "14 August 1969", "14 Aug. 1969", "Aug. 14, 1969", "August 14 1969", Roman months
// ("14.VIII.1969", "14 VIII 1969"), "1969-08-14", numeric "14/8/69" or "14-08-1969", "Aug 1969"
// -> "1969-08", a bare year "1969" -> "1969". English and French month names and their usual
// abbreviations ("juil.", "févr.", "Sept."). Letters Tesseract reads for digits (O, l, I) are
// repaired inside numbers.
//
// Numeric dates are read day first, the label convention in Canada and Europe. When the first
// number is over 12 that is certain; when the second is over 12 the date is month first; when
// both are 12 or less (and differ) day first is assumed and isAmbiguous() is true.
// Two-digit years: 00-29 are 2000-2029, 30-99 are 1930-1999 (herbarium sheets older than 1930
// with two-digit years are rarer than recent ones). Years outside 1700-2099 are rejected.
class LabelDate
{
public:
    enum class Precision
    {
        Year,
        Month,
        Day
    };

    // The whole text must be one date (surrounding spaces and punctuation allowed).
    static std::optional<LabelDate> parse(QStringView text);
    // The most precise date in a longer line (the first one among equals).
    static std::optional<LabelDate> find(QStringView line);

    QString iso() const { return m_iso; }
    QString verbatim() const { return m_verbatim; } // the text as written on the label
    bool isAmbiguous() const { return m_ambiguous; }
    Precision precision() const { return m_precision; }
    qsizetype position() const { return m_position; } // where verbatim() starts in the line
    qsizetype length() const { return m_verbatim.size(); }

    // 1..12 for an English or French month name or abbreviation, or a Roman numeral I-XII;
    // 0 otherwise.
    static int monthNumber(QStringView word);
    static int romanMonth(QStringView word);

private:
    static std::optional<LabelDate> make(int year, int month, int day, bool ambiguous);

    QString m_iso;
    QString m_verbatim;
    bool m_ambiguous = false;
    Precision m_precision = Precision::Year;
    qsizetype m_position = 0;
};

} // namespace herb
