#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace herb {

// Readers for the values behind label cues: elevations, collector names and numbers,
// catalogue numbers, printed headers.
class LabelValues
{
public:
    struct Elevation
    {
        QString verbatim; // "2000 ft", "1200-1400 m"
        QString minimumMeters; // empty when the unit is not given
        QString maximumMeters; // only for ranges
    };

    struct Collector
    {
        QString names; // "J. Smith & A. Jones"
        QString number; // "1234", may be empty
    };

    // A number with a unit (m, ft, feet, pieds...), or a bare number.
    static std::optional<Elevation> elevation(QStringView text);
    // "J. Smith 1234", "J.H. Hudson & A. Jones, no. 45". Needs initials before a surname, so
    // plain prose does not qualify.
    static std::optional<Collector> unlabelledCollector(QStringView text);
    // Splits a trailing collector number off a name written after a collector cue.
    static Collector splitCollectorNumber(QStringView text);
    // Trailing separators and stray cue punctuation removed from a name or phrase.
    static QString cleanValue(QStringView text);
    // An herbarium acronym followed by a number ("DAO 123456", "SASK 012345"), as written
    // with one space; empty when there is none. *position and *length get where it is.
    static QString acronymCatalogNumber(QStringView text, qsizetype *position = nullptr,
                                        qsizetype *length = nullptr);
    // A number that can only be a catalogue number: six or more digits, OCR look-alikes
    // repaired ("00l2345" -> "0012345"); empty otherwise.
    static QString barcodeNumber(QStringView text);
    // A printed institutional header ("AGRICULTURE CANADA", "PLANTS OF SASKATCHEWAN",
    // "Herbarium of the University of ...").
    static bool isHeader(QStringView line);
    // Words that make an unlabelled line a locality ("5 mi N of", "near", "Hwy", a state or
    // country) or a habitat ("dry prairie", "tourbière").
    static bool mentionsPlace(const QString &text);
    static bool mentionsHabitat(const QString &text);
    // Decimal degrees with at most six decimals, no trailing zeros.
    static QString formatDegrees(double degrees);
};

} // namespace herb
