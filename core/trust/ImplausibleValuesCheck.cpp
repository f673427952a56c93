#include "ImplausibleValuesCheck.h"

#include "RegionBoxes.h"
#include "dwc/DwcRecord.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace herb {

namespace {

constexpr int kEarliestYear = 1700;

// One end of an ISO 8601 date: the first and last day it covers. `previous` fills the parts an
// abbreviated interval end leaves out ("1921-06-14/16").
std::optional<std::pair<QDate, QDate>> parseDatePart(const QString &text, const QDate &previous,
                                                     int previousParts)
{
    static const QRegularExpression full(QStringLiteral(
        R"(^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$)"));
    const QRegularExpressionMatch m = full.match(text);
    int year = 0, month = 0, day = 0;
    if (m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    } else if (previous.isValid()) {
        static const QRegularExpression shortEnd(QStringLiteral(R"(^(\d{2})(?:-(\d{2}))?$)"));
        const QRegularExpressionMatch s = shortEnd.match(text);
        if (!s.hasMatch())
            return std::nullopt;
        year = previous.year();
        if (previousParts == 3 && s.captured(2).isEmpty()) { // "/16": the day
            month = previous.month();
            day = s.captured(1).toInt();
        } else if (previousParts == 3) { // "/07-02": month and day
            month = s.captured(1).toInt();
            day = s.captured(2).toInt();
        } else if (previousParts == 2 && s.captured(2).isEmpty()) { // "1921-06/08": the month
            month = s.captured(1).toInt();
        } else {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (month == 0) {
        const QDate first(year, 1, 1);
        return first.isValid() ? std::optional(std::pair { first, QDate(year, 12, 31) })
                               : std::nullopt;
    }
    const QDate first(year, month, day == 0 ? 1 : day);
    if (!first.isValid())
        return std::nullopt;
    return std::pair { first, day == 0 ? QDate(year, month, first.daysInMonth()) : first };
}

int partsOf(const QString &text)
{
    return 1 + int(text.left(10).count(QLatin1Char('-')));
}

// Genus: capitalised, letters (a hyphen inside); epithet: lower case.
bool isGenus(const QString &word)
{
    static const QRegularExpression re(QStringLiteral(R"(^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(word).hasMatch();
}

bool isEpithet(const QString &word)
{
    static const QRegularExpression re(QStringLiteral(R"(^\p{Ll}{2,}(?:-\p{Ll}+)*$)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(word).hasMatch();
}

bool isHybridSign(const QString &word)
{
    return word == QStringLiteral("×") || word == QLatin1String("x") || word == QLatin1String("X");
}

bool isRank(const QString &word)
{
    static const QStringList ranks { QStringLiteral("var."),        QStringLiteral("subsp."),
                                     QStringLiteral("ssp."),        QStringLiteral("f."),
                                     QStringLiteral("forma"),       QStringLiteral("subvar."),
                                     QStringLiteral("nothosubsp."), QStringLiteral("nothovar."),
                                     QStringLiteral("subf."),       QStringLiteral("var"),
                                     QStringLiteral("subsp") };
    return ranks.contains(word);
}

bool isGenusOnlyMark(const QString &word)
{
    static const QStringList marks { QStringLiteral("sp."),    QStringLiteral("spp."),
                                     QStringLiteral("sp"),     QStringLiteral("spp"),
                                     QStringLiteral("indet."), QStringLiteral("sp. nov.") };
    return marks.contains(word);
}

std::optional<double> number(const QString &value)
{
    bool ok = false;
    const double d = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

QString present(const SpecimenRecord &record, const char *term)
{
    const QString value = record.record.dwc.value(QLatin1String(term));
    return isEmptyValue(value) ? QString() : value;
}

} // namespace

ImplausibleValuesCheck::ImplausibleValuesCheck(QDate today)
    : m_today(today)
{ }

QDate ImplausibleValuesCheck::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

std::optional<RegionBox> ImplausibleValuesCheck::regionBox(const QString &stateProvince,
                                                           const QString &country) const
{
    const QString key = stateProvince + QChar(0x1f) + country;
    const auto cached = m_boxes.constFind(key);
    if (cached != m_boxes.cend())
        return *cached;
    std::optional<RegionBox> box;
    if (!stateProvince.isEmpty())
        box = stateProvinceBox(stateProvince);
    if (!box && !country.isEmpty())
        box = countryBox(country);
    if (m_boxes.size() < 4096) // a bound, whatever the records hold
        m_boxes.insert(key, box);
    return box;
}

bool ImplausibleValuesCheck::isPlausibleDate(const QString &value, QDate today, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QString text = value.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString startText = slash < 0 ? text : text.left(slash);
    const auto start = parseDatePart(startText, {}, 0);
    if (!start)
        return fail(QStringLiteral("not an ISO 8601 date"));
    QDate last = start->second;
    if (slash >= 0) {
        const auto end = parseDatePart(text.mid(slash + 1), start->first, partsOf(startText));
        if (!end || end->second < start->first)
            return fail(QStringLiteral("not an ISO 8601 date"));
        last = end->second;
    }
    if (start->first.year() < kEarliestYear)
        return fail(QStringLiteral("before %1").arg(kEarliestYear));
    if (start->first > today || (slash >= 0 && last > today))
        return fail(QStringLiteral("in the future"));
    return true;
}

bool ImplausibleValuesCheck::isNameForm(const QString &value)
{
    QStringList words = value.simplified().split(QLatin1Char(' '));
    qsizetype i = 0;
    if (i < words.size() && isHybridSign(words.at(i)))
        ++i;
    // Words that fill the field when the model found no name.
    static const QStringList notGenera {
        QStringLiteral("Unknown"),   QStringLiteral("Unidentified"), QStringLiteral("Indet"),
        QStringLiteral("Plant"),     QStringLiteral("Specimen"),     QStringLiteral("Sample"),
        QStringLiteral("Herbarium"), QStringLiteral("None"),         QStringLiteral("Not"),
        QStringLiteral("No")
    };
    if (i >= words.size() || !isGenus(words.at(i)) || notGenera.contains(words.at(i)))
        return false;
    ++i;
    if (i < words.size() && words.at(i).startsWith(QLatin1Char('('))
        && words.at(i).endsWith(QLatin1Char(')')) && isGenus(words.at(i).mid(1).chopped(1)))
        ++i; // a subgenus
    if (i >= words.size())
        return false; // a genus alone
    if (isGenusOnlyMark(words.at(i)))
        return true;
    if (words.at(i) == QLatin1String("cf.") || words.at(i) == QLatin1String("aff."))
        ++i;
    if (i < words.size() && isHybridSign(words.at(i)))
        ++i;
    if (i >= words.size() || !isEpithet(words.at(i)))
        return false;
    // Authorship follows, and possibly a rank with its own epithet.
    for (++i; i < words.size(); ++i) {
        if (!isRank(words.at(i)))
            continue;
        // "L. f." is the younger Linnaeus, not a forma: a rank needs an epithet after it.
        if (i + 1 < words.size() && isEpithet(words.at(i + 1)))
            ++i;
        else if (words.at(i) != QLatin1String("f."))
            return false;
    }
    return true;
}

QList<std::pair<QString, QString>>
ImplausibleValuesCheck::problems(const SpecimenRecord &record) const
{
    QList<std::pair<QString, QString>> out;
    if (const QString date = present(record, "eventDate"); !date.isEmpty()) {
        if (!isPlausibleDate(date, today()))
            out.append({ QStringLiteral("eventDate"), date });
    }
    const QString latText = present(record, "decimalLatitude");
    const QString lonText = present(record, "decimalLongitude");
    const auto lat = number(latText);
    const auto lon = number(lonText);
    bool coordinatesInRange = !latText.isEmpty() && !lonText.isEmpty();
    if (!latText.isEmpty() && (!lat || std::abs(*lat) > 90.0)) {
        out.append({ QStringLiteral("decimalLatitude"), latText });
        coordinatesInRange = false;
    }
    if (!lonText.isEmpty() && (!lon || std::abs(*lon) > 180.0)) {
        out.append({ QStringLiteral("decimalLongitude"), lonText });
        coordinatesInRange = false;
    }
    if (coordinatesInRange) {
        const QString country = present(record, "country");
        const std::optional<RegionBox> box
            = regionBox(present(record, "stateProvince"),
                        country.isEmpty() ? present(record, "countryCode") : country);
        const bool nullIsland = *lat == 0.0 && *lon == 0.0;
        if (nullIsland || (box && !box->contains(*lat, *lon)))
            out.append({ QStringLiteral("decimalLatitude+decimalLongitude"),
                         QStringLiteral("%1, %2").arg(latText, lonText) });
    }
    if (const QString name = present(record, "scientificName"); !name.isEmpty()) {
        if (!isNameForm(name))
            out.append({ QStringLiteral("scientificName"), name });
    }
    return out;
}

void ImplausibleValuesCheck::inspect(const SpecimenRecord &record, TrustFindings &findings)
{
    const auto found = problems(record);
    for (const auto &[term, value] : found)
        findings.flag(QStringLiteral("implausible:") + term, value);
    WarningEvidence evidence;
    if (!found.isEmpty())
        evidence = { record.specimenId, found.first().first, shortValue(found.first().second) };
    if (!m_window.push(!found.isEmpty(), evidence))
        return;
    findings.warnings.append(windowWarning(
        WarningReason::ImplausibleValues, m_window,
        QStringLiteral("%1 of the last %2 records have values no sheet can carry (dates in the "
                       "future or before 1700, coordinates outside the place named, names that "
                       "are not binomials), such as %3 \"%4\" in %5.")
            .arg(m_window.count())
            .arg(m_window.size())
            .arg(evidence.field, evidence.value, evidence.specimenId)));
}

void ImplausibleValuesCheck::seed(const SpecimenRecord &record)
{
    const auto found = problems(record);
    m_window.seed(!found.isEmpty(),
                  found.isEmpty() ? WarningEvidence()
                                  : WarningEvidence { record.specimenId, found.first().first,
                                                      shortValue(found.first().second) });
}

} // namespace herb
