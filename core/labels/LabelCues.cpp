#include "LabelCues.h"

#include <QRegularExpression>

#include <algorithm>

namespace herb {

namespace {

struct CueSpec
{
    LabelCues::Cue cue;
    const char *aliases; // '|'-separated, lower case; '.' marks an optional abbreviation dot
};

const CueSpec kCues[] = {
    { LabelCues::Cue::RecordedBy,
      "collected by|collector|collectors|collr.|coll.|coll. by|col.|leg.|legit|récolteur|"
      "récolteurs|récolté par|récoltée par|récolt.|récolte par" },
    { LabelCues::Cue::RecordedAndIdentifiedBy,
      "coll. & det.|coll. and det.|coll. et dét.|leg. & det.|leg. et det.|col. & det." },
    { LabelCues::Cue::RecordNumber,
      "no.|n°|nº|number|num.|numéro|#|coll. no.|coll. number|coll. #|collection no.|"
      "collection number|collector's no.|collector no.|collectors no.|field no.|réc. no." },
    { LabelCues::Cue::IdentifiedBy,
      "det.|det. by|determined by|identified by|ident.|id. by|déterminé par|dét.|dét. par|"
      "det. par|identifié par" },
    { LabelCues::Cue::EventDate,
      "date|collected on|date collected|coll. date|date of collection|date de récolte|"
      "récolté le|date récolte" },
    { LabelCues::Cue::Locality, "locality|loc.|localité|location|lieu" },
    { LabelCues::Cue::Habitat, "habitat|hab." },
    { LabelCues::Cue::Elevation, "elevation|elev.|alt.|altitude|élévation|élév." },
    { LabelCues::Cue::Latitude, "latitude|lat." },
    { LabelCues::Cue::Longitude, "longitude|long.|lon.|lng." },
    { LabelCues::Cue::Coordinates,
      "coordinates|coord.|coords.|coordonnées|lat./long.|lat/long|lat.-long.|lat. & long.|"
      "lat. and long.|lat.-lon.|gps" },
    { LabelCues::Cue::CatalogNumber,
      "catalogue no.|catalog no.|catalogue number|catalog number|cat. no.|accession no.|"
      "accession number|acc. no.|barcode|herbarium no.|sheet no." },
    { LabelCues::Cue::ScientificName,
      "scientific name|name|nom|species|taxon|espèce|nom scientifique" },
    { LabelCues::Cue::StateProvince, "province|prov.|state" },
    { LabelCues::Cue::Country, "country|pays" },
};

bool isNumericCue(LabelCues::Cue cue)
{
    using C = LabelCues::Cue;
    return cue == C::RecordNumber || cue == C::Latitude || cue == C::Longitude
        || cue == C::Elevation || cue == C::EventDate || cue == C::CatalogNumber
        || cue == C::Coordinates;
}

QString fuzzy(const QString &alias)
{
    QString p;
    for (const QChar c : alias) {
        switch (c.unicode()) {
        case u'l':
            p += QStringLiteral("[l1|]");
            break;
        case u'i':
            p += QStringLiteral("[i1lí]");
            break;
        case u'o':
            p += QStringLiteral("[o0]");
            break;
        case u'e':
        case u'é':
        case u'è':
            p += QStringLiteral("[eéè]");
            break;
        case u'.':
            p += QStringLiteral("\\.?");
            break;
        case u' ':
            p += QStringLiteral("\\s*");
            break;
        case u'/':
            p += QStringLiteral("\\s*/\\s*");
            break;
        case u'-':
            p += QStringLiteral("[-\\s]?");
            break;
        case u'\'':
            p += QStringLiteral("['’]?");
            break;
        case u'°':
        case u'º':
            p += QStringLiteral("[°º]");
            break;
        default:
            p += QRegularExpression::escape(QString(c));
        }
    }
    return p;
}

struct Compiled
{
    LabelCues::Cue cue;
    QRegularExpression regex;
};

const QList<Compiled> &compiled()
{
    static const QList<Compiled> list = [] {
        QList<Compiled> out;
        for (const CueSpec &spec : kCues) {
            QStringList alternatives;
            for (const QString &alias : QString::fromUtf8(spec.aliases).split(u'|'))
                alternatives << fuzzy(alias);
            // Longest alternatives first so "coll. no." is tried before "coll.".
            std::sort(alternatives.begin(), alternatives.end(),
                      [](const QString &a, const QString &b) { return a.size() > b.size(); });
            const QString pattern = QStringLiteral("(?<![\\p{L}\\d])(?:") + alternatives.join(u'|')
                + QStringLiteral(")(?![\\p{L}])\\s*[.:;]*\\s*");
            out.append(
                { spec.cue,
                  QRegularExpression(pattern,
                                     QRegularExpression::CaseInsensitiveOption
                                         | QRegularExpression::UseUnicodePropertiesOption) });
        }
        return out;
    }();
    return list;
}

struct Hit
{
    LabelCues::Cue cue;
    qsizetype start;
    qsizetype end;
};

} // namespace

QList<LabelCues::Segment> LabelCues::split(QStringView line)
{
    const QString text = line.toString();
    qsizetype firstWord = 0;
    while (firstWord < text.size() && !text[firstWord].isLetterOrNumber()
           && text[firstWord] != u'#')
        ++firstWord;

    QList<Hit> hits;
    for (const Compiled &c : compiled()) {
        auto it = c.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString matched = m.captured();
            const bool atStart = m.capturedStart() <= firstWord;
            const bool punctuated = matched.contains(u'.') || matched.contains(u':')
                || matched.contains(u'#') || matched.contains(u'°') || matched.contains(u'º');
            const QChar next = m.capturedEnd() < text.size() ? text[m.capturedEnd()] : QChar();
            const bool numberFollows
                = isNumericCue(c.cue) && (next.isDigit() || next == u'-' || next == u'+');
            if (atStart || punctuated || numberFollows)
                hits.append({ c.cue, m.capturedStart(), m.capturedEnd() });
        }
    }
    // Earliest first; at one position the longest cue ("Coll. No." over "Coll.").
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });

    QList<Segment> segments;
    Segment current;
    qsizetype valueStart = 0;
    qsizetype covered = 0;
    for (const Hit &hit : hits) {
        if (hit.start < covered)
            continue; // inside a cue already taken
        current.value = text.mid(valueStart, hit.start - valueStart).trimmed();
        if (current.cue != Cue::None || !current.value.isEmpty())
            segments.append(current);
        current = Segment { hit.cue, text.mid(hit.start, hit.end - hit.start).trimmed(), {} };
        valueStart = hit.end;
        covered = hit.end;
    }
    current.value = text.mid(valueStart).trimmed();
    if (current.cue != Cue::None || !current.value.isEmpty())
        segments.append(current);
    return segments;
}

} // namespace herb
