#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace herb {

namespace {
constexpr char kHex[] = "0123456789abcdef";

void appendControlEscape(std::string &out, unsigned char c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
}

bool needsEscape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm, proleptic Gregorian).
void civilFromDays(qint64 days, int &year, unsigned &month, unsigned &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = int(y + (month <= 2));
}

void appendDigits(std::string &out, unsigned value, int width)
{
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buf, size_t(width));
}
} // namespace

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
    } else if (m_needComma) {
        m_out += ',';
    }
    m_needComma = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_needComma = false;
}

void JsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_needComma = false;
}

void JsonWriter::endArray()
{
    m_out += ']';
    m_needComma = true;
}

void JsonWriter::key(std::string_view asciiKey)
{
    if (m_needComma)
        m_out += ',';
    m_out += '"';
    m_out += asciiKey;
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::key(QStringView text)
{
    if (m_needComma)
        m_out += ',';
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::value(std::string_view utf8)
{
    beforeValue();
    m_out += '"';
    appendEscapedUtf8(m_out, utf8);
    m_out += '"';
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    m_out += '"';
    appendEscaped(m_out, text);
    m_out += '"';
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, number);
    m_out.append(buf, result.ptr);
}

void JsonWriter::value(double number)
{
    beforeValue();
    appendDouble(m_out, number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double:
        if (const qint64 asInt = json.toInteger(); double(asInt) == json.toDouble())
            value(asInt);
        else
            value(json.toDouble());
        break;
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(QStringView(it.key()));
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonWriter::appendEscapedUtf8(std::string &out, std::string_view utf8)
{
    size_t runStart = 0;
    for (size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (needsEscape(c)) {
            out.append(utf8.data() + runStart, i - runStart);
            appendControlEscape(out, c);
            runStart = i + 1;
        }
    }
    out.append(utf8.data() + runStart, utf8.size() - runStart);
}

void JsonWriter::appendEscaped(std::string &out, QStringView text)
{
    // Fast path: ASCII needs no transcoding, only escaping; write it straight into the
    // output's storage instead of growing it one character at a time.
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    const size_t start = out.size();
    out.resize(start + size_t(size));
    char *dst = out.data() + start;
    qsizetype i = 0;
    for (; i < size; ++i) {
        const char16_t c = data[i];
        if (c >= 0x80 || needsEscape(static_cast<unsigned char>(c)))
            break;
        dst[i] = static_cast<char>(c);
    }
    if (i == size)
        return;
    out.resize(start + size_t(i));
    for (; i < size; ++i) {
        const char16_t c = data[i];
        if (c >= 0x80)
            break;
        if (needsEscape(static_cast<unsigned char>(c)))
            appendControlEscape(out, static_cast<unsigned char>(c));
        else
            out += static_cast<char>(c);
    }
    if (i < size) {
        const QByteArray rest = text.mid(i).toUtf8();
        appendEscapedUtf8(out, std::string_view(rest.constData(), size_t(rest.size())));
    }
}

void JsonWriter::appendDouble(std::string &out, double number)
{
    if (!std::isfinite(number)) {
        out += "null"; // JSON has no NaN or infinity
        return;
    }
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, number);
    const std::string_view text(buf, size_t(result.ptr - buf));
    out += text;
    // Keep floats recognisable as floats ("1.0", not "1") for typed readers.
    if (text.find_first_of(".eEn") == std::string_view::npos)
        out += ".0";
}

void JsonWriter::appendTimestamp(std::string &out, qint64 msSinceEpoch)
{
    qint64 days = msSinceEpoch / 86400000;
    qint64 msOfDay = msSinceEpoch % 86400000;
    if (msOfDay < 0) {
        msOfDay += 86400000;
        --days;
    }
    int year;
    unsigned month, day;
    civilFromDays(days, year, month, day);
    const auto ms = unsigned(msOfDay);
    appendDigits(out, unsigned(year), 4);
    out += '-';
    appendDigits(out, month, 2);
    out += '-';
    appendDigits(out, day, 2);
    out += 'T';
    appendDigits(out, ms / 3600000, 2);
    out += ':';
    appendDigits(out, ms / 60000 % 60, 2);
    out += ':';
    appendDigits(out, ms / 1000 % 60, 2);
    out += '.';
    appendDigits(out, ms % 1000, 3);
    out += 'Z';
}

} // namespace herb
