#pragma once

#include <QJsonValue>
#include <QStringView>

#include <string>
#include <string_view>

namespace herb {

// Appends compact JSON to a std::string. Built for the event log's hot path: no allocation
// beyond the output's own growth for ASCII text, shortest round-trip doubles, and no DOM.
// Commas are placed automatically; keys and values must alternate inside objects.
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out)
        : m_out(out)
    { }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    void key(std::string_view asciiKey); // our own field names: plain ASCII, no escaping
    void key(QStringView key);

    void value(std::string_view utf8);
    void value(const char *utf8) { value(std::string_view(utf8)); }
    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    void value(const QJsonValue &json);

    // Shorthand for key + value.
    template<class T> void field(std::string_view asciiKey, const T &v)
    {
        key(asciiKey);
        value(v);
    }

    static void appendEscapedUtf8(std::string &out, std::string_view utf8);
    static void appendEscaped(std::string &out, QStringView text);
    static void appendDouble(std::string &out, double number);
    // RFC 3339 UTC with milliseconds: 2026-11-27T20:51:02.123Z
    static void appendTimestamp(std::string &out, qint64 msSinceEpoch);

private:
    void beforeValue();

    std::string &m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace herb
