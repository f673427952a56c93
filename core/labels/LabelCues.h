#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace herb {

// Splits one label line at its keyword cues ("Coll.", "No.", "Det.", "Loc.", "Hab.", "Alt.",
// "Lat."...), in English and French, without case and tolerant of OCR noise: a lost dot or
// colon, 0 for o, 1 or I for l. A cue in the middle of a line counts only when it is clearly
// one (abbreviation dot or colon, or a number after a numeric cue), so "no date" or "in similar
// habitat" stay prose.
class LabelCues
{
public:
    enum class Cue
    {
        None, // text before the first cue
        RecordedBy,
        RecordedAndIdentifiedBy, // "Coll. & det."
        RecordNumber,
        IdentifiedBy,
        EventDate,
        Locality,
        Habitat,
        Elevation,
        Latitude,
        Longitude,
        Coordinates,
        CatalogNumber,
        ScientificName,
        StateProvince,
        Country,
    };

    struct Segment
    {
        Cue cue = Cue::None;
        QString cueText; // as written, without the value
        QString value; // trimmed text up to the next cue
    };

    static QList<Segment> split(QStringView line);
};

} // namespace herb
