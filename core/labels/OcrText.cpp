#include "OcrText.h"

namespace herb {

namespace {

bool isConfusable(QChar c)
{
    return c == u'O' || c == u'o' || c == u'l' || c == u'I' || c == u'|';
}

QChar asDigit(QChar c)
{
    return (c == u'O' || c == u'o') ? QChar(u'0') : QChar(u'1');
}

} // namespace

QString OcrText::fixDigits(QStringView text)
{
    QString out = text.toString();
    qsizetype i = 0;
    while (i < out.size()) {
        if (!out[i].isLetterOrNumber() && out[i] != u'|') {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool hasDigit = false;
        bool onlyConfusableLetters = true;
        while (end < out.size() && (out[end].isLetterOrNumber() || out[end] == u'|')) {
            if (out[end].isDigit())
                hasDigit = true;
            else if (!isConfusable(out[end]))
                onlyConfusableLetters = false;
            ++end;
        }
        // "10th" or "1st" keep their letters; only runs of digits and look-alikes are changed.
        if (hasDigit && onlyConfusableLetters) {
            for (qsizetype k = i; k < end; ++k) {
                if (isConfusable(out[k]))
                    out[k] = asDigit(out[k]);
            }
        }
        i = end;
    }
    return out;
}

QString OcrText::foldAccents(QStringView text)
{
    const QString decomposed = text.toString().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

} // namespace herb
