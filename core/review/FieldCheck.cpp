#include "FieldCheck.h"

#include "dwc/DwcTerms.h"
#include "normalise/CountryCodes.h"
#include "normalise/EventDateNormaliser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace herb {

namespace {

// The messages' words, translated in the context "FieldCheck".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheck)
};

// A plain decimal number ("45.5", "-75", "1e3" is not how a label writes it).
std::optional<double> decimalNumber(const QString &value)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?\\d+(\\.\\d+)?$"));
    if (!decimal.match(value).hasMatch())
        return std::nullopt;
    return value.toDouble();
}

QString rangeProblem(const QString &value, double low, double high, const QString &term)
{
    const std::optional<double> number = decimalNumber(value);
    if (!number)
        return Text::tr("%1 must be a decimal number of degrees such as 45.4215 (no °, no N, S, "
                        "E or W: south and west are negative)")
            .arg(term);
    if (*number < low || *number > high)
        return Text::tr("%1 must lie between %2 and %3").arg(term).arg(low).arg(high);
    return {};
}

} // namespace

QString fieldValueProblem(const QString &term, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (term == QLatin1String("eventDate")) {
        if (!isIsoEventDate(trimmed))
            return Text::tr("eventDate must be ISO 8601: 1955-06-19, 1955-06, 1955 or "
                            "1955-06-19/1955-06-21 (the label's words go in verbatimEventDate)");
        return {};
    }
    if (term == QLatin1String("decimalLatitude"))
        return rangeProblem(trimmed, -90, 90, term);
    if (term == QLatin1String("decimalLongitude"))
        return rangeProblem(trimmed, -180, 180, term);
    if (term == QLatin1String("countryCode")) {
        if (trimmed.size() != 2 || countryCodeFor(trimmed) != trimmed.toUpper())
            return Text::tr("countryCode must be a two-letter ISO 3166-1 code such as CA or FR");
        return {};
    }
    if (term == QLatin1String("coordinateUncertaintyInMeters")
        || term == QLatin1String("minimumElevationInMeters")
        || term == QLatin1String("maximumElevationInMeters")
        || term == QLatin1String("minimumDepthInMeters")
        || term == QLatin1String("maximumDepthInMeters")) {
        const std::optional<double> number = decimalNumber(trimmed);
        if (!number)
            return Text::tr("%1 must be a number of metres, without the unit").arg(term);
        if (term == QLatin1String("coordinateUncertaintyInMeters") && *number <= 0)
            return Text::tr("coordinateUncertaintyInMeters must be greater than 0");
        return {};
    }
    if (term == QLatin1String("individualCount")) {
        static const QRegularExpression count(QStringLiteral("^\\d+$"));
        if (!count.match(trimmed).hasMatch())
            return Text::tr("individualCount must be a whole number");
    }
    return {};
}

QString termProblem(const QString &term, const DwcTerms &terms)
{
    if (terms.contains(term))
        return {};
    const QString canonical = terms.canonicalTerm(term);
    if (!canonical.isEmpty())
        return Text::tr("The term is spelt %1").arg(canonical);
    return Text::tr("%1 is not a Darwin Core term of the Occurrence core").arg(term);
}

} // namespace herb
