#include "ModelOutputParser.h"

#include "dwc/DwcTerms.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace herb {

namespace {

// Past this many candidate '{' the answer is not a JSON answer with prose around it; stopping
// keeps a pathological answer (megabytes of braces) linear instead of quadratic.
constexpr int kMaxCandidates = 64;

// Index of the '}' closing the '{' at `start`, or -1 when the text ends first.
qsizetype matchingBrace(const QString &text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == QLatin1Char('\\'))
                escaped = true;
            else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
        } else if (c == QLatin1Char('{')) {
            ++depth;
        } else if (c == QLatin1Char('}') && --depth == 0) {
            return i;
        }
    }
    return -1;
}

bool parseObject(QStringView text, QJsonObject *object, QString *why)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        if (why)
            *why = QStringLiteral("invalid JSON (%1 at offset %2)")
                       .arg(error.errorString())
                       .arg(error.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (why)
            *why = QStringLiteral("the JSON is not an object");
        return false;
    }
    *object = doc.object();
    return true;
}

// Contents of ``` fenced blocks, language tag line dropped.
QList<QStringView> fencedBlocks(const QString &text)
{
    QList<QStringView> blocks;
    const QLatin1String fence("```");
    qsizetype pos = 0;
    for (;;) {
        const qsizetype open = text.indexOf(fence, pos);
        if (open < 0)
            break;
        qsizetype bodyStart = text.indexOf(QLatin1Char('\n'), open + fence.size());
        const qsizetype close = text.indexOf(fence, open + fence.size());
        if (close < 0)
            break;
        if (bodyStart < 0 || bodyStart > close)
            bodyStart = open + fence.size(); // ```{"a":1}``` on one line
        blocks.append(QStringView(text).mid(bodyStart, close - bodyStart));
        pos = close + fence.size();
    }
    return blocks;
}

std::optional<double> confidenceValue(const QJsonValue &value)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().trimmed().remove(QLatin1Char('%')).toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0 || number > 100)
        return std::nullopt;
    // Some prompts ask for percentages; 1 itself stays "certain", not 1 %.
    return number > 1 ? number / 100.0 : number;
}

bool isConfidenceKey(const QString &key)
{
    return key.compare(QLatin1String("confidence"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("confidences"), Qt::CaseInsensitive) == 0;
}

QString startOf(const QString &answer)
{
    QString start = answer.left(200).simplified().left(80);
    return start;
}

} // namespace

ModelOutputParser::ModelOutputParser(int minCoreFields)
    : ModelOutputParser(minCoreFields, DwcTerms::occurrenceCore())
{ }

ModelOutputParser::ModelOutputParser(int minCoreFields, const DwcTerms &terms)
    : m_minCoreFields(minCoreFields)
    , m_terms(terms)
{ }

ParsedModelOutput ModelOutputParser::parse(const QString &answer) const
{
    ParsedModelOutput result;
    QJsonObject object;
    QString why;
    if (answer.trimmed().isEmpty()) {
        result.errorKind = ErrorKind::Parse;
        result.errorMessage = QStringLiteral("the model's answer is empty");
        return result;
    }
    if (!extractJsonObject(answer, &object, &why)) {
        result.errorKind = ErrorKind::Parse;
        result.errorMessage
            = QStringLiteral("no JSON object in the model's answer (%1); it starts with \"%2\"")
                  .arg(why, startOf(answer));
        return result;
    }

    QJsonObject outer;
    const QJsonObject fields = unwrap(object, &outer);
    QList<QJsonObject> confidenceMaps;
    // QJsonObject forgets the answer's key order, so when two keys name one term ("locality"
    // and "dwc:locality") the exact spelling wins, in a first pass, and the other goes to extra.
    for (const bool exactPass : { true, false }) {
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if ((m_terms.canonicalTerm(it.key()) == it.key()) != exactPass)
                continue;
            if (isConfidenceKey(it.key()) && it.value().isObject())
                confidenceMaps.append(it.value().toObject());
            addField(result.record, it.key(), it.value());
        }
    }
    for (auto it = outer.begin(); it != outer.end(); ++it) {
        if (isConfidenceKey(it.key()) && it.value().isObject())
            confidenceMaps.append(it.value().toObject());
        if (!result.record.extra.contains(it.key()))
            result.record.extra.insert(it.key(), it.value());
    }
    // A separate {"confidence": {"scientificName": 0.9}} map; per-field values win.
    for (const QJsonObject &map : confidenceMaps) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString term = m_terms.canonicalTerm(it.key());
            const auto confidence = confidenceValue(it.value());
            if (!term.isEmpty() && confidence && !result.record.confidence.contains(term))
                result.record.confidence.insert(term, *confidence);
        }
    }

    const int found = countCoreFields(result.record, m_terms);
    result.ok = found >= std::max(1, m_minCoreFields);
    if (!result.ok) {
        result.errorKind = ErrorKind::EmptyRecord;
        result.errorMessage
            = QStringLiteral("the answer parsed, but only %1 of the core fields (%2) "
                             "has a value; %3 needed")
                  .arg(found)
                  .arg(DwcTerms::coreFieldTerms().join(QLatin1String(", ")))
                  .arg(std::max(1, m_minCoreFields));
    }
    return result;
}

bool ModelOutputParser::extractJsonObject(const QString &text, QJsonObject *object, QString *why)
{
    QString reason = QStringLiteral("no '{' found");
    if (parseObject(QStringView(text).trimmed(), object, nullptr))
        return true;
    for (QStringView block : fencedBlocks(text)) {
        if (parseObject(block.trimmed(), object, nullptr))
            return true;
    }
    qsizetype pos = 0;
    for (int candidates = 0; candidates < kMaxCandidates; ++candidates) {
        const qsizetype start = text.indexOf(QLatin1Char('{'), pos);
        if (start < 0)
            break;
        const qsizetype end = matchingBrace(text, start);
        if (end < 0) {
            // Every later '{' lies inside this unclosed one; an inner per-field object would
            // parse but is not the answer, so a truncated answer is a parse error.
            reason = QStringLiteral("the object opened at character %1 never closes; "
                                    "the answer looks truncated")
                         .arg(start);
            break;
        }
        if (parseObject(QStringView(text).mid(start, end - start + 1), object, &reason))
            return true;
        pos = start + 1;
    }
    if (why)
        *why = reason;
    return false;
}

QString ModelOutputParser::truncateForStorage(const QString &raw, qsizetype maxUtf8Bytes,
                                              bool *truncated)
{
    // Cheap exit: UTF-8 never takes more than 3 bytes per UTF-16 unit.
    if (raw.size() * 3 <= maxUtf8Bytes) {
        if (truncated)
            *truncated = false;
        return raw;
    }
    const QByteArray utf8 = raw.toUtf8();
    if (truncated)
        *truncated = utf8.size() > maxUtf8Bytes;
    if (utf8.size() <= maxUtf8Bytes)
        return raw;
    qsizetype cut = std::max<qsizetype>(0, maxUtf8Bytes);
    // Back up over continuation bytes (10xxxxxx) so the cut falls before a character's lead.
    while (cut > 0 && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.constData(), cut);
}

QString ModelOutputParser::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray()) {
            const QString text = valueText(element);
            if (!text.isEmpty())
                parts.append(text);
        }
        return parts.join(QLatin1String("; "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("value")))
            return valueText(object.value(QLatin1String("value")));
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    default:
        return {};
    }
}

int ModelOutputParser::termKeyCount(const QJsonObject &object) const
{
    int count = 0;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!m_terms.canonicalTerm(it.key()).isEmpty())
            ++count;
    }
    return count;
}

QJsonObject ModelOutputParser::unwrap(const QJsonObject &object, QJsonObject *outer) const
{
    QJsonObject current = object;
    // {"record": {...}}, {"dwc": {...}}, {"response": {"darwin_core": {...}}}: descend while
    // this level has no term of its own, into the child holding the most terms (or the only
    // child object). Sibling keys of a wrapper go to `outer`, and from there to `extra`.
    for (int depth = 0; depth < 4 && termKeyCount(current) == 0; ++depth) {
        QString bestKey;
        QJsonObject best;
        int bestCount = 0;
        int objectChildren = 0;
        for (auto it = current.begin(); it != current.end(); ++it) {
            QJsonObject child;
            if (it.value().isObject())
                child = it.value().toObject();
            else if (it.value().isArray() && it.value().toArray().size() == 1
                     && it.value().toArray().first().isObject())
                child = it.value().toArray().first().toObject(); // {"records": [{...}]}
            else
                continue;
            ++objectChildren;
            const int count = termKeyCount(child);
            if (bestKey.isEmpty() || count > bestCount) {
                bestKey = it.key();
                best = child;
                bestCount = count;
            }
        }
        if (bestKey.isEmpty() || (bestCount == 0 && objectChildren != 1))
            break;
        for (auto it = current.begin(); it != current.end(); ++it) {
            if (it.key() != bestKey && !outer->contains(it.key()))
                outer->insert(it.key(), it.value());
        }
        current = best;
    }
    return current;
}

void ModelOutputParser::addField(DwcRecord &record, const QString &key,
                                 const QJsonValue &value) const
{
    const QString term = m_terms.canonicalTerm(key);
    if (term.isEmpty() || value.isNull() || value.isUndefined()) {
        if (term.isEmpty())
            record.extra.insert(key, value);
        return;
    }
    QJsonValue fieldValue = value;
    std::optional<double> confidence;
    if (value.isObject()) {
        QJsonObject rest = value.toObject();
        if (!rest.contains(QLatin1String("value"))) {
            record.extra.insert(key, value); // structured, but not a per-field answer
            return;
        }
        fieldValue = rest.take(QLatin1String("value"));
        if (rest.contains(QLatin1String("confidence"))) {
            confidence = confidenceValue(rest.value(QLatin1String("confidence")));
            if (confidence)
                rest.remove(QLatin1String("confidence"));
        }
        if (!rest.isEmpty())
            record.extra.insert(key, rest); // e.g. "source" or "note" beside the value
    }
    const QString text = valueText(fieldValue);
    const auto existing = record.dwc.constFind(term);
    if (existing != record.dwc.constEnd() && !isEmptyValue(QStringView(*existing))) {
        record.extra.insert(key, value); // "locality" and "dwc:locality" both sent: keep both
        return;
    }
    if (fieldValue.isNull())
        return;
    record.dwc.insert(term, text);
    if (confidence)
        record.confidence.insert(term, *confidence);
}

} // namespace herb
