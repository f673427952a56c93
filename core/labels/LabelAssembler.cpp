#include "LabelAssembler.h"

#include "CoordinateScanner.h"
#include "LabelDate.h"
#include "LabelValues.h"
#include "OcrText.h"
#include "PlaceNames.h"
#include "TaxonName.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace herb {

namespace {

using Cue = LabelCues::Cue;

QString removeSpan(const QString &text, qsizetype position, qsizetype length)
{
    return QString(text.left(position) + u' ' + text.mid(position + length)).simplified();
}

// The text with the coordinates a reader would recognise without a cue taken out, so that
// "Regina, Sask. 50°27'N 104°36'W" still leaves its locality.
QString withoutCoordinates(const QString &text)
{
    QString rest = text;
    const QList<CoordinateScanner::Coordinate> found = CoordinateScanner::scan(text);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        if (it->hasHemisphere && it->hasDegreeMark)
            rest = removeSpan(rest, it->position, it->verbatim.size());
    }
    return rest;
}

} // namespace

LabelAssembler::LabelAssembler(const QList<double> &ocr)
    : m_ocr(ocr)
{ }

void LabelAssembler::set(const QString &term, const QString &value, double confidence, int line)
{
    const QString v = value.trimmed();
    static const QRegularExpression meaningful(QStringLiteral("[\\p{L}\\p{N}]"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    if (!v.contains(meaningful))
        return;
    const double c = std::clamp(confidence * ocr(line), 0.0, 1.0);
    if (m_result.dwc.contains(term) && m_result.confidence.value(term) >= c)
        return;
    m_result.dwc.insert(term, v);
    m_result.confidence.insert(term, c);
}

double LabelAssembler::ocr(int line) const
{
    return line >= 0 && line < m_ocr.size() ? std::clamp(m_ocr[line], 0.0, 1.0) : 1.0;
}

void LabelAssembler::readFreeText()
{
    const QList<FreeText> pending = m_free;
    for (const FreeText &f : pending)
        freeText(f);
}

void LabelAssembler::date(const QString &text, double confidence, int line, QString *rest,
                          bool yearOnly)
{
    const auto d = LabelDate::find(text);
    if (!d || (!yearOnly && d->precision() == LabelDate::Precision::Year)) {
        if (rest)
            *rest = text;
        return;
    }
    double c = confidence;
    if (d->isAmbiguous())
        c *= 0.7;
    if (d->precision() != LabelDate::Precision::Day)
        c *= 0.9;
    set(QStringLiteral("eventDate"), d->iso(), c, line);
    set(QStringLiteral("verbatimEventDate"), d->verbatim(), confidence, line);
    if (rest)
        *rest = removeSpan(text, d->position(), d->length());
}

void LabelAssembler::coordinates(const QString &text, Cue cue, double confidence, int line)
{
    const QList<CoordinateScanner::Coordinate> found = CoordinateScanner::scan(text);
    int unknownSeen = 0;
    for (const auto &c : found) {
        // Without a cue, only what is unmistakably a coordinate counts.
        if (cue == Cue::None
            && !(c.hasDegreeMark || (c.hasHemisphere && c.degrees != double(int(c.degrees)))))
            continue;
        if (cue == Cue::None && !c.hasHemisphere)
            continue;
        CoordinateScanner::Axis axis = c.axis;
        if (axis == CoordinateScanner::Axis::Unknown) {
            if (cue == Cue::Latitude)
                axis = CoordinateScanner::Axis::Latitude;
            else if (cue == Cue::Longitude)
                axis = CoordinateScanner::Axis::Longitude;
            else if (cue == Cue::Coordinates)
                axis = unknownSeen++ == 0 ? CoordinateScanner::Axis::Latitude
                                          : CoordinateScanner::Axis::Longitude;
            else
                continue;
        }
        Axis &slot = axis == CoordinateScanner::Axis::Latitude ? m_lat : m_lon;
        if (axis == CoordinateScanner::Axis::Latitude && std::abs(c.degrees) > 90.0)
            continue;
        if (slot.confidence >= confidence)
            continue;
        slot = { c.degrees, c.verbatim, confidence, c.hasHemisphere || c.hasSign, line };
    }
}

void LabelAssembler::place(const QString &text, double stateConfidence, double countryConfidence,
                           int line)
{
    if (const auto state = PlaceNames::findStateProvince(text)) {
        set(QStringLiteral("stateProvince"), state->name, stateConfidence, line);
        set(QStringLiteral("country"), state->country, stateConfidence * 0.8, line);
        set(QStringLiteral("countryCode"), state->countryCode, stateConfidence * 0.8, line);
    }
    if (const auto country = PlaceNames::findCountry(text)) {
        set(QStringLiteral("country"), country->name, countryConfidence, line);
        set(QStringLiteral("countryCode"), country->countryCode, countryConfidence, line);
    }
}

void LabelAssembler::header(const QString &line, int index)
{
    place(line, 0.6, 0.5, index);
    const QString acronym = LabelValues::acronymCatalogNumber(line);
    if (!acronym.isEmpty()) {
        set(QStringLiteral("catalogNumber"), acronym, 0.85, index);
        return;
    }
    // "Herbarium of the University of Saskatchewan 01234567": the printed sheet number.
    static const QRegularExpression number(QStringLiteral("(?<![\\d.,])(\\d{5,12})(?![\\d.,])"));
    const QRegularExpressionMatch m = number.match(OcrText::fixDigits(line));
    if (m.hasMatch())
        set(QStringLiteral("catalogNumber"), m.captured(1), 0.7, index);
}

void LabelAssembler::segment(const LabelCues::Segment &s, int line, bool wholeLine,
                             bool atLineStart)
{
    const QString value = s.value;
    QString rest;
    switch (s.cue) {
    case Cue::None:
        m_free.append({ value, line, wholeLine, atLineStart });
        return;
    case Cue::RecordedBy:
    case Cue::RecordedAndIdentifiedBy: {
        // A bare year after a name is far more often a collector number ("Turner 2045").
        date(value, 0.8, line, &rest, false);
        const LabelValues::Collector c = LabelValues::splitCollectorNumber(rest);
        set(QStringLiteral("recordedBy"), c.names, 0.9, line);
        set(QStringLiteral("recordNumber"), c.number, 0.75, line);
        if (s.cue == Cue::RecordedAndIdentifiedBy)
            set(QStringLiteral("identifiedBy"), c.names, 0.85, line);
        return;
    }
    case Cue::RecordNumber: {
        static const QRegularExpression rx(
            QStringLiteral("^([A-Za-z]{0,3}-?\\d+[A-Za-z]?(?:[-/.]\\d+[A-Za-z]?)?)(?![\\d])(.*)$"));
        const QRegularExpressionMatch m = rx.match(OcrText::fixDigits(value));
        if (!m.hasMatch()) {
            m_free.append({ s.cueText + u' ' + value, line, false });
            return;
        }
        const QString number = m.captured(1);
        const bool collectorCue = s.cueText.contains(QLatin1String("col"), Qt::CaseInsensitive);
        const bool barcodeLike
            = number.size() >= 7 || (number.size() >= 5 && number.startsWith(u'0'));
        if (barcodeLike && !collectorCue)
            set(QStringLiteral("catalogNumber"), number, 0.6, line);
        else
            set(QStringLiteral("recordNumber"), number, 0.9, line);
        const QString tail = value.mid(m.capturedStart(2)).trimmed();
        if (!tail.isEmpty())
            m_free.append({ tail, line, false });
        return;
    }
    case Cue::IdentifiedBy: {
        const auto d = LabelDate::find(value);
        rest = value;
        if (d) {
            set(QStringLiteral("dateIdentified"), d->iso(), 0.85, line);
            rest = removeSpan(value, d->position(), d->length());
        }
        set(QStringLiteral("identifiedBy"), LabelValues::cleanValue(rest), 0.9, line);
        return;
    }
    case Cue::EventDate:
        if (!LabelDate::find(value)) {
            set(QStringLiteral("verbatimEventDate"), LabelValues::cleanValue(value), 0.5, line);
            return;
        }
        date(value, 0.95, line, &rest);
        if (!rest.isEmpty())
            m_free.append({ rest, line, false });
        return;
    case Cue::Locality:
    case Cue::Habitat: {
        const QString term
            = s.cue == Cue::Locality ? QStringLiteral("locality") : QStringLiteral("habitat");
        set(term, LabelValues::cleanValue(value), 0.9, line);
        if (s.cue == Cue::Locality)
            place(value, 0.9, 0.9, line);
        // "Locality:" alone on its line: the value is on the next one.
        static const QRegularExpression wordOrNumber(QStringLiteral("[\\p{L}\\p{N}]"));
        const bool valueBelow = !value.contains(wordOrNumber);
        m_fieldLines.insert(line, { term, true, valueBelow || value.trimmed().endsWith(u',') });
        return;
    }
    case Cue::Elevation:
        if (const auto e = LabelValues::elevation(value)) {
            set(QStringLiteral("verbatimElevation"), e->verbatim, 0.9, line);
            set(QStringLiteral("minimumElevationInMeters"), e->minimumMeters, 0.85, line);
            set(QStringLiteral("maximumElevationInMeters"), e->maximumMeters, 0.85, line);
        }
        return;
    case Cue::Latitude:
    case Cue::Longitude:
    case Cue::Coordinates:
        coordinates(value, s.cue, 0.9, line);
        return;
    case Cue::CatalogNumber:
        set(QStringLiteral("catalogNumber"), LabelValues::cleanValue(value), 0.9, line);
        return;
    case Cue::ScientificName:
        if (const auto name = TaxonName::find(value)) {
            set(QStringLiteral("scientificName"), name->scientificName(), 0.9, line);
            set(QStringLiteral("scientificNameAuthorship"), name->authorship(), 0.85, line);
        } else {
            set(QStringLiteral("scientificName"), LabelValues::cleanValue(value), 0.6, line);
        }
        return;
    case Cue::StateProvince:
        place(value, 0.95, 0.9, line);
        set(QStringLiteral("stateProvince"), LabelValues::cleanValue(value), 0.6, line);
        return;
    case Cue::Country:
        place(value, 0.9, 0.95, line);
        set(QStringLiteral("country"), LabelValues::cleanValue(value), 0.6, line);
        return;
    }
}

void LabelAssembler::freeText(const FreeText &f)
{
    QString text = f.text;
    if (text.isEmpty())
        return;
    // A line that only carries on the locality or habitat above it: a cued field continues on
    // a lower-case line, any field after a line that ended with a comma.
    const FieldLine above = m_fieldLines.value(f.line - 1);
    const QString aboveValue = m_result.dwc.value(above.term);
    if (f.wholeLine && !above.term.isEmpty()
        && ((above.cued && text.front().isLower()) || above.open)) {
        const QString separator = above.open ? QStringLiteral(", ") : QStringLiteral(" ");
        if (aboveValue.isEmpty())
            set(above.term, LabelValues::cleanValue(text), 0.85, f.line);
        else
            m_result.dwc.insert(above.term, aboveValue + separator + LabelValues::cleanValue(text));
        m_fieldLines.insert(f.line, { above.term, above.cued, text.endsWith(u',') });
        return;
    }
    const QString family = TaxonName::findFamily(text);
    if (!family.isEmpty()) {
        set(QStringLiteral("family"), family, 0.8, f.line);
        if (text.simplified().size() <= family.size() + 1)
            return;
    }
    qsizetype at = 0;
    qsizetype length = 0;
    const QString acronym = LabelValues::acronymCatalogNumber(text, &at, &length);
    if (!acronym.isEmpty()) {
        set(QStringLiteral("catalogNumber"), acronym, 0.85, f.line);
        text = removeSpan(text, at, length);
    }
    const QString barcode = LabelValues::barcodeNumber(text);
    if (!barcode.isEmpty()) {
        set(QStringLiteral("catalogNumber"), barcode, 0.6, f.line);
        return;
    }
    if (text.isEmpty())
        return;
    if (f.atLineStart) {
        if (const auto name = TaxonName::find(text)) {
            set(QStringLiteral("scientificName"), name->scientificName(), name->confidence(),
                f.line);
            set(QStringLiteral("scientificNameAuthorship"), name->authorship(), name->confidence(),
                f.line);
            return;
        }
    }
    coordinates(text, Cue::None, 0.75, f.line);
    text = withoutCoordinates(text);
    if (text.isEmpty())
        return;
    if (const auto d = LabelDate::find(text); d && d->precision() != LabelDate::Precision::Year) {
        date(text, 0.7, f.line, &text);
        if (text.isEmpty())
            return;
    }
    if (const auto c = LabelValues::unlabelledCollector(text)) {
        set(QStringLiteral("recordedBy"), c->names, 0.5, f.line);
        set(QStringLiteral("recordNumber"), c->number, 0.5, f.line);
        return;
    }
    if (!f.wholeLine || text.size() < 4)
        return;
    place(text, 0.85, 0.9, f.line);
    if (LabelValues::mentionsPlace(text)) {
        if (!has(QStringLiteral("locality")))
            m_fieldLines.insert(f.line, { QStringLiteral("locality"), false, text.endsWith(u',') });
        set(QStringLiteral("locality"), LabelValues::cleanValue(text), 0.5, f.line);
    } else if (LabelValues::mentionsHabitat(text)) {
        if (!has(QStringLiteral("habitat")))
            m_fieldLines.insert(f.line, { QStringLiteral("habitat"), false, text.endsWith(u',') });
        set(QStringLiteral("habitat"), LabelValues::cleanValue(text), 0.45, f.line);
    }
}

void LabelAssembler::finish()
{
    // North American labels often leave out the W: a positive longitude there is west.
    const QString code = m_result.dwc.value(QStringLiteral("countryCode"));
    if (m_lon.confidence > 0 && !m_lon.hasHemisphere && m_lon.degrees > 0
        && (code == QLatin1String("CA") || code == QLatin1String("US"))) {
        m_lon.degrees = -m_lon.degrees;
        m_lon.confidence *= 0.8;
    }
    if (m_lat.confidence > 0)
        set(QStringLiteral("decimalLatitude"), LabelValues::formatDegrees(m_lat.degrees),
            m_lat.confidence, m_lat.line);
    if (m_lon.confidence > 0)
        set(QStringLiteral("decimalLongitude"), LabelValues::formatDegrees(m_lon.degrees),
            m_lon.confidence, m_lon.line);
    QStringList verbatim;
    if (m_lat.confidence > 0)
        verbatim << m_lat.verbatim;
    if (m_lon.confidence > 0)
        verbatim << m_lon.verbatim;
    const double c = std::max(m_lat.confidence, m_lon.confidence);
    set(QStringLiteral("verbatimCoordinates"), verbatim.join(u' '), c,
        m_lat.confidence > 0 ? m_lat.line : m_lon.line);
}

} // namespace herb
