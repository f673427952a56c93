#include "TrustText.h"

namespace herb {

QString foldForMatch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            out += c.toCaseFolded();
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString compactKey(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

int significantLength(const QString &folded)
{
    int n = 0;
    for (const QChar c : folded)
        n += c == QLatin1Char(' ') ? 0 : 1;
    return n;
}

} // namespace herb
