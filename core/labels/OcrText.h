#pragma once

#include <QString>
#include <QStringView>

namespace herb {

// Repairs for the letter/digit confusions Tesseract makes on label typefaces.
class OcrText
{
public:
    // In a run of letters and digits that holds at least one digit, O/o become 0 and l, I and
    // | become 1 ("l969" -> "1969", "1O" -> "10"). Runs without a digit are left alone, so
    // Roman months ("VIII") and words survive. The result has the input's length, so match
    // positions in it are positions in the original text.
    static QString fixDigits(QStringView text);
    // Lower case without accents, for keyword look-ups ("Août" -> "aout").
    static QString foldAccents(QStringView text);
};

} // namespace herb
