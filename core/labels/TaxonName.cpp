#include "TaxonName.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace herb {

namespace {

// Capitalised words that open label prose, never a genus.
const QSet<QString> &notGenera()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             { "dry",          "moist",     "wet",        "open",      "common",    "rare",
               "along",        "near",      "north",      "south",     "east",      "west",
               "prairie",      "sandy",     "rocky",      "shore",     "road",      "edge",
               "grassy",       "sand",      "mixed",      "native",    "abundant",  "frequent",
               "occasional",   "roadside",  "meadow",     "field",     "lake",      "river",
               "creek",        "forest",    "woods",      "bois",      "sol",       "rive",
               "bord",         "lac",       "sur",        "dans",      "terrain",   "marsh",
               "slough",       "pasture",   "plants",     "plant",     "flora",     "flore",
               "herbarium",    "herbier",   "the",        "with",      "among",     "under",
               "above",        "below",     "collected",  "growing",   "found",     "very",
               "scattered",    "locally",   "clay",       "gravel",    "gravelly",  "saline",
               "alkaline",     "disturbed", "shaded",     "shady",     "wooded",    "upland",
               "lowland",      "low",       "high",       "steep",     "gentle",    "south-facing",
               "north-facing", "sheet",     "department", "research",  "station",   "university",
               "museum",       "province",  "county",     "route",     "highway",   "hwy",
               "township",     "range",     "section",    "flowers",   "fruit",     "fruits",
               "leaves",       "stems",     "petals",     "annual",    "perennial", "shrub",
               "tree",         "herb",      "prairies",   "pente",     "champ",     "foret",
               "forêt",        "route",     "chemin",     "près",      "pres",      "abondant",
               "commun",       "rare",      "sec",        "humide",    "ouvert",    "sable",
               "sablonneux",   "tourbiere", "tourbière",  "marais",    "rivage",    "fleurs",
               "collection",   "det",       "coll",       "no",        "date",      "locality",
               "habitat",      "elevation", "regina",     "saskatoon", "ottawa",    "montreal",
               "winnipeg",     "calgary",   "edmonton",   "toronto",   "quebec" })
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

// Lower-case words that follow a capitalised one in prose, never an epithet.
const QSet<QString> &notEpithets()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             { "and",     "the",      "with",     "along",    "near",    "from",      "slope",
               "slopes",  "prairie",  "meadow",   "field",    "fields",  "road",      "roadside",
               "creek",   "river",    "lake",     "shore",    "edge",    "woods",     "forest",
               "soil",    "soils",    "sand",     "hill",     "hills",   "hillside",  "bank",
               "banks",   "ditch",    "marsh",    "slough",   "pasture", "grassland", "open",
               "dry",     "moist",    "wet",      "ground",   "area",    "site",      "margin",
               "margins", "sandy",    "rocky",    "gravel",   "clay",    "des",       "les",
               "dans",    "sur",      "pres",     "près",     "bord",    "pente",     "sol",
               "terrain", "common",   "abundant", "frequent", "locally", "plants",    "among",
               "under",   "above",    "below",    "valley",   "coulee",  "dunes",     "flat",
               "flats",   "research", "station",  "farm",     "park",    "trail",     "highway",
               "flowers", "leaves",   "not",      "one",      "two",     "three",     "tree",
               "trees",   "shrub",    "shrubs",   "herb",     "herbs",   "was",       "were",
               "are",     "for",      "between" })
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    return words;
}

bool looksLatin(const QString &epithet)
{
    static const QRegularExpression endings(
        QStringLiteral("(a|us|um|is|ii|i|ae|e|es|ens|ans|oides|ata|ensis|ix|ex|on|os|er|or|ys)$"));
    return endings.match(epithet).hasMatch();
}

// "L.", "(Pursh) Nutt.", "Hook. & Arn.", "Torr. ex A. Gray", "DC.". Checked word by word so
// that no input can make the check slow.
bool looksLikeAuthority(const QString &text)
{
    if (text.isEmpty() || text.size() > 60)
        return false;
    static const QRegularExpression name(QStringLiteral("^\\(?\\p{Lu}[\\p{L}.'’\\-]*\\)?[.,]?$"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QSet<QString> connectors
        = { QStringLiteral("&"),    QStringLiteral("et"),  QStringLiteral("ex"),
            QStringLiteral("and"),  QStringLiteral("in"),  QStringLiteral("de"),
            QStringLiteral("van"),  QStringLiteral("von"), QStringLiteral("f."),
            QStringLiteral("fil."), QStringLiteral("(ex"), QStringLiteral("d'") };
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool isName = name.match(words[i]).hasMatch();
        if (i == 0 && !isName)
            return false;
        if (!isName && !connectors.contains(words[i]))
            return false;
    }
    return true;
}

} // namespace

std::optional<TaxonName> TaxonName::find(QStringView line)
{
    static const QRegularExpression rx(
        QStringLiteral("^\\s*(?<hyb1>×\\s?)?(?<genus>\\p{Lu}\\p{Ll}{2,})\\s+(?<hyb2>×\\s?|x\\s)?"
                       "(?<epithet>\\p{Ll}[\\p{Ll}\\-]{2,})(?![\\p{L}\\d])(?<rest>.*)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression rankRx(
        QStringLiteral("(?<![\\p{L}])(?<rank>var\\.?|subsp\\.?|ssp\\.?|f\\.|forma)\\s+"
                       "(?<infra>\\p{Ll}[\\p{Ll}\\-]{2,})(?![\\p{L}])"),
        QRegularExpression::UseUnicodePropertiesOption);

    const QRegularExpressionMatch m = rx.match(line.toString().simplified());
    if (!m.hasMatch())
        return std::nullopt;
    const QString genus = m.captured(QStringLiteral("genus"));
    const QString epithet = m.captured(QStringLiteral("epithet"));
    if (notGenera().contains(genus.toLower()) || notEpithets().contains(epithet))
        return std::nullopt;

    QString rest = m.captured(QStringLiteral("rest")).trimmed();
    QString speciesAuthor = rest;
    QString rankPart;
    QString infraAuthor;
    const QRegularExpressionMatch rank = rankRx.match(rest);
    if (rank.hasMatch()) {
        speciesAuthor = rest.left(rank.capturedStart()).trimmed();
        QString rankWord = rank.captured(QStringLiteral("rank"));
        if (!rankWord.endsWith(u'.') && rankWord != QLatin1String("forma"))
            rankWord += u'.';
        rankPart = rankWord + u' ' + rank.captured(QStringLiteral("infra"));
        infraAuthor = rest.mid(rank.capturedEnd()).trimmed();
        if (!infraAuthor.isEmpty() && !looksLikeAuthority(infraAuthor))
            return std::nullopt;
    }
    const bool hasSpeciesAuthor = looksLikeAuthority(speciesAuthor);
    // Anything else after the epithet that is not an authority means this is prose.
    if (!speciesAuthor.isEmpty() && !hasSpeciesAuthor && !rank.hasMatch())
        return std::nullopt;
    if (!speciesAuthor.isEmpty() && !hasSpeciesAuthor)
        return std::nullopt;

    TaxonName name;
    QStringList parts;
    if (m.hasCaptured(QStringLiteral("hyb1")))
        parts << QStringLiteral("×") + genus;
    else
        parts << genus;
    parts << (m.hasCaptured(QStringLiteral("hyb2")) ? QStringLiteral("× ") + epithet : epithet);
    if (hasSpeciesAuthor)
        parts << speciesAuthor;
    if (!rankPart.isEmpty())
        parts << rankPart;
    if (!infraAuthor.isEmpty())
        parts << infraAuthor;
    name.m_scientificName = parts.join(u' ');
    name.m_authorship = rank.hasMatch() ? infraAuthor : speciesAuthor;

    double confidence = 0.55;
    if (looksLatin(epithet))
        confidence += 0.2;
    if (!name.m_authorship.isEmpty() || rank.hasMatch())
        confidence += 0.15;
    name.m_confidence = std::min(confidence, 0.95);
    return name;
}

QString TaxonName::findFamily(QStringView line)
{
    static const QRegularExpression rx(
        QStringLiteral("(?<![\\p{L}])(\\p{L}{3,}aceae|compositae|gramineae|leguminosae|"
                       "cruciferae|umbelliferae|labiatae|palmae|guttiferae)(?![\\p{L}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = rx.match(line.toString());
    if (!m.hasMatch())
        return {};
    const QString word = m.captured(1).toLower();
    return word.left(1).toUpper() + word.mid(1);
}

} // namespace herb
