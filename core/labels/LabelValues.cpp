#include "LabelValues.h"

#include "OcrText.h"
#include "PlaceNames.h"

#include <QRegularExpression>

#include <cmath>

namespace herb {

namespace {

constexpr QRegularExpression::PatternOptions kUnicode
    = QRegularExpression::UseUnicodePropertiesOption;
constexpr QRegularExpression::PatternOptions kUnicodeNoCase
    = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;

QString meters(const QString &number, bool feet)
{
    QString digits = number;
    digits.remove(u',').remove(u' ');
    bool ok = false;
    const double value = digits.toDouble(&ok);
    if (!ok)
        return {};
    return QString::number(std::lround(feet ? value * 0.3048 : value));
}

} // namespace

std::optional<LabelValues::Elevation> LabelValues::elevation(QStringView text)
{
    static const QRegularExpression rx(
        QStringLiteral("(?:(?<![\\p{L}])(?:ca|c|approx|env|about)\\.?\\s*|[±~]\\s*)?"
                       "(?<min>\\d{1,2},\\d{3}|\\d+)(?:\\s*[-–]\\s*(?<max>\\d{1,2},\\d{3}|\\d+))?"
                       "\\s*(?<unit>m(?:eters|etres|ètres)?|ft|feet|pieds|pi|')?(?![\\p{L}])\\.?"),
        kUnicodeNoCase);
    const QString fixed = OcrText::fixDigits(text);
    const QRegularExpressionMatch m = rx.match(fixed);
    if (!m.hasMatch())
        return std::nullopt;
    Elevation e;
    e.verbatim = text.mid(m.capturedStart(), m.capturedLength()).toString().trimmed();
    const QString unit = m.captured(QStringLiteral("unit")).toLower();
    if (!unit.isEmpty()) {
        const bool feet = !unit.startsWith(u'm');
        e.minimumMeters = meters(m.captured(QStringLiteral("min")), feet);
        if (m.hasCaptured(QStringLiteral("max")))
            e.maximumMeters = meters(m.captured(QStringLiteral("max")), feet);
    }
    return e;
}

QString LabelValues::cleanValue(QStringView text)
{
    QString v = text.toString().simplified();
    static const QRegularExpression trailing(QStringLiteral("[\\s,;:|/]+$"));
    static const QRegularExpression leading(QStringLiteral("^[\\s,;:.|/\\-]+"));
    v.remove(trailing);
    v.remove(leading);
    return v;
}

LabelValues::Collector LabelValues::splitCollectorNumber(QStringView text)
{
    static const QRegularExpression rx(
        QStringLiteral("^(?<names>.*?\\p{L}.*?)[\\s,;]+(?:no\\.?|n°|#)?\\s*"
                       "(?<number>\\d+[a-zA-Z]?(?:[-/]\\d+)?)\\.?$"),
        kUnicodeNoCase);
    const QString cleaned = cleanValue(text);
    const QRegularExpressionMatch m = rx.match(OcrText::fixDigits(cleaned));
    if (!m.hasMatch())
        return { cleaned, {} };
    return { cleanValue(cleaned.left(m.capturedLength(QStringLiteral("names")))),
             m.captured(QStringLiteral("number")) };
}

std::optional<LabelValues::Collector> LabelValues::unlabelledCollector(QStringView text)
{
    static const QString person
        = QStringLiteral("(?:\\p{Lu}\\.\\s?(?:-?\\p{Lu}\\.\\s?){0,2})\\s?\\p{Lu}[\\p{Ll}'’\\-]+"
                         "(?:\\s\\p{Lu}[\\p{Ll}'’\\-]+)?");
    static const QRegularExpression rx(
        QStringLiteral("^(?<names>") + person + QStringLiteral("(?:\\s*(?:&|and|et|,)\\s*") + person
            + QStringLiteral(")*)(?:[\\s,]+(?:no\\.?|n°|#)?\\s*(?<number>\\d+[a-zA-Z]?))?\\.?$"),
        kUnicode);
    const QString cleaned = cleanValue(text);
    const QRegularExpressionMatch m = rx.match(OcrText::fixDigits(cleaned));
    if (!m.hasMatch())
        return std::nullopt;
    return Collector { cleaned.left(m.capturedLength(QStringLiteral("names"))).trimmed(),
                       m.captured(QStringLiteral("number")) };
}

QString LabelValues::acronymCatalogNumber(QStringView text, qsizetype *position, qsizetype *length)
{
    // Index Herbariorum codes of North American and French herbaria that labels print.
    static const QRegularExpression rx(
        QStringLiteral("(?<![\\p{L}\\d])(?<code>DAO|DAS|SASK|USAS|UBC|ALTA|WIN|MTMG|MT|QFA|CANM|"
                       "CAN|TRTE|TRT|NY|MO|GH|UC|RM|MICH|MIN|WTU|ACAD|UNB|NFLD|QK|UAC|BRY|"
                       "MMMN|UWO|OAC|HAM|WIS|ISC|KANU|NDA|P|LY|MPU|V)\\s*[-:#]?\\s*"
                       "(?<num>[\\dOlI]{4,10})(?![\\p{L}\\d])"),
        kUnicode);
    QRegularExpressionMatchIterator it = rx.globalMatch(text.toString());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString number = OcrText::fixDigits(m.captured(QStringLiteral("num")));
        if (!number.front().isDigit() && number.count(u'0') + number.count(u'1') < 2)
            continue;
        bool digitsOnly = true;
        for (QChar c : number)
            digitsOnly = digitsOnly && c.isDigit();
        if (!digitsOnly)
            continue;
        if (position)
            *position = m.capturedStart();
        if (length)
            *length = m.capturedLength();
        return m.captured(QStringLiteral("code")) + u' ' + number;
    }
    return {};
}

QString LabelValues::barcodeNumber(QStringView text)
{
    static const QRegularExpression rx(QStringLiteral("^[#*\\s]*(\\d{6,12})[*\\s]*$"));
    const QRegularExpressionMatch m = rx.match(OcrText::fixDigits(text));
    return m.hasMatch() ? m.captured(1) : QString();
}

bool LabelValues::isHeader(QStringView line)
{
    static const QRegularExpression keywords(
        QStringLiteral("(?<![\\p{L}])(herbarium|herbier|agriculture|research|station|"
                       "universit[yé]|universite|museum|musée|department|département|institute|"
                       "institut|college|ministry|ministère|government|gouvernement|botanical|"
                       "botanique|botany|survey|environment|plants of|flora of|flore d[eu]|"
                       "flore de la|collection of)(?![\\p{L}])"),
        kUnicodeNoCase);
    static const QRegularExpression opening(
        QStringLiteral("^\\W*(plants of|flora of|flore d|herbarium|herbier|plantes d|universit|"
                       "museum|musée|institut|jardin botanique|botanical garden|agriculture)"),
        kUnicodeNoCase);
    const QString text = line.toString();
    if (opening.match(text).hasMatch())
        return true;
    int letters = 0;
    int upper = 0;
    for (QChar c : text) {
        if (c.isLetter()) {
            ++letters;
            upper += c.isUpper() ? 1 : 0;
        }
    }
    return letters >= 4 && upper * 10 >= letters * 8 && keywords.match(text).hasMatch();
}

QString LabelValues::formatDegrees(double degrees)
{
    QString s = QString::number(degrees, 'f', 6);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

bool LabelValues::mentionsPlace(const QString &text)
{
    static const QRegularExpression rx(
        QStringLiteral(
            "(\\d+(?:[.,]\\d+)?\\s*(?:km|mi|miles|mile|kilom[eè]tres?)\\.?\\s+"
            "(?:[NSEW]{1,3}|north|south|east|west|nord|sud|est|ouest)(?![\\p{L}])"
            "|(?<![\\p{L}])(?:near|vicinity of|près de|pres de|hwy|highway|twp|"
            "township|county|comté|co\\.|park|parc|lake|lac|river|rivière|creek|ruisseau|"
            "island|île|mount|mont|hills|road|route|canyon|valley|vallée)(?![\\p{L}]))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return rx.match(text).hasMatch() || PlaceNames::findStateProvince(text).has_value()
        || PlaceNames::findCountry(text).has_value();
}

bool LabelValues::mentionsHabitat(const QString &text)
{
    static const QRegularExpression rx(
        QStringLiteral(
            "(?<![\\p{L}])(prairies?|meadows?|slopes?|woods|woodland|marsh|slough|"
            "shores?|sandy|roadsides?|pastures?|forest|bog|fen|ditch|hillsides?|"
            "coulees?|dunes?|grassland|thickets?|clearings?|swamp|gravelly|clay|"
            "tremblaie|marais|tourbière|pente|bois|champs?|fossé|rivage|sablonneux|"
            "rocky|moist|dry|open|disturbed|shaded|soil|sol|butte|buttes|badlands|outcrops?|"
            "cliffs?|ravine|bluffs?|eroded|scree|talus|wash|érablière|pinède|"
            "sapinière|cédrière|woodlands?)(?![\\p{L}])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return rx.match(text).hasMatch();
}

} // namespace herb
