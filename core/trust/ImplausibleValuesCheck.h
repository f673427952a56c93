#pragma once

#include "FlagWindow.h"
#include "RegionBoxes.h"
#include "TrustCheck.h"

#include <QHash>

#include <QDate>

namespace herb {

// Check 4: values no sheet can carry. Flags (implausible:TERM):
// - eventDate: not an ISO 8601 date or interval (1921, 1921-06, 1921-06-14, 1921-06-14/16,
//   1921-06-14T10:00), in the future, or before 1700;
// - decimalLatitude, decimalLongitude: not a number, or out of range (±90, ±180); both together
//   (implausible:decimalLatitude+decimalLongitude) at 0,0 or outside the box of the
//   stateProvince, else of the country, the record names (RegionBoxes);
// - scientificName: not a binomial or trinomial ("Genus epithet [rank epithet] [authorship]";
//   "Genus sp." is accepted as a determination to genus).
// Warning implausible_values when more than 20 % of the last 50 records (at least 10 records)
// are flagged.
class ImplausibleValuesCheck final : public TrustCheck
{
public:
    static constexpr WindowRule kRule { 50, 1, 0.2, 10 };

    // `today` decides "in the future" (tests fix it; a null date is today's, UTC).
    explicit ImplausibleValuesCheck(QDate today = {});

    void inspect(const SpecimenRecord &record, TrustFindings &findings) override;
    void seed(const SpecimenRecord &record) override;
    int seedDepth() const override { return kRule.window; }

    // The terms (joined with '+') whose values are implausible, each with why.
    QList<std::pair<QString, QString>> problems(const SpecimenRecord &record) const;

    static bool isPlausibleDate(const QString &value, QDate today, QString *why = nullptr);
    static bool isNameForm(const QString &value);

private:
    QDate today() const;
    // The box a stateProvince or country value names; cached, since the same few names come
    // back on every record and PlaceNames matches them with regular expressions.
    std::optional<RegionBox> regionBox(const QString &stateProvince, const QString &country) const;

    QDate m_today;
    mutable QHash<QString, std::optional<RegionBox>> m_boxes;
    FlagWindow m_window { kRule };
};

} // namespace herb
