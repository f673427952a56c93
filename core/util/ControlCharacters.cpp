#include "ControlCharacters.h"

namespace herb {

bool isBidiReordering(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isConsoleControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiReordering(c) || c == 0x061C || c == 0x200E
        || c == 0x200F || c == 0x2028 || c == 0x2029;
}

QString escapeForConsole(QStringView text, LineBreaks lineBreaks)
{
    qsizetype i = 0;
    // Most text has nothing to escape: return it without building a copy.
    while (i < text.size() && !isConsoleControl(text[i].unicode()))
        ++i;
    if (i == text.size())
        return text.toString();
    QString out = text.left(i).toString();
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isConsoleControl(c) || (c == u'\n' && lineBreaks == LineBreaks::Keep)) {
            out += QChar(c);
            continue;
        }
        switch (c) {
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QLatin1String("\\u")
                + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
        }
    }
    return out;
}

QString withoutHiddenControls(QStringView text)
{
    auto hidden = [](char16_t c) {
        return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F)
            || isBidiReordering(c);
    };
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!hidden(c.unicode()))
            out += c;
    }
    return out;
}

} // namespace herb
