#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace herb {

// What `herbstream score` counts and how it compares two values (README, "Samples and
// scoring", documents each rule for curators).
struct ScoreRules
{
    // Extra loosening of the exact comparison (--normalize); each also applies to graded
    // unless gradedRaw is set.
    enum Normalization
    {
        Punctuation = 0x1, // punctuation removed: "J.Smith" = "J Smith"
        Spacing = 0x2, // all spaces removed: "J. Smith" = "J.Smith"
        Nfc = 0x4, // Unicode NFC: a decomposed "í" (i + U+0301) = the precomposed one
        Dates = 0x8, // a value that is one date compares as ISO 8601: "1975.12.18" = "1975-12-18"
    };

    // false: a value where the truth is empty is "invented" and a miss, an empty answer there is
    // "correct_empty" and a hit. true (--ignore-empty-truth): empty truth cells are not scored.
    bool ignoreEmptyTruth = false;
    // Cells meaning "not on the label", compared case-insensitively after trimming, on both
    // sides: a truth "N/A" is an empty truth, a model's "N/A" is an empty answer.
    QStringList emptyTokens = defaultEmptyTokens();
    // Answers meaning "the model would not say": counted apart and left out of the figures.
    QStringList abstentionTokens = defaultAbstentionTokens();
    // Graded similarity on the text as written (case and spacing count) instead of folded.
    bool gradedRaw = false;
    int normalizations = 0;
    // Truth column -> the Darwin Core term of the records it is compared with (--map).
    QHash<QString, QString> columnMap;

    static QStringList defaultEmptyTokens();
    static QStringList defaultAbstentionTokens();
    // "punct,space,nfc,dates" -> flags; an unknown name sets *error and returns -1.
    static int parseNormalizations(const QString &list, QString *error);
    // "a=b" pairs -> columnMap; a pair without '=' sets *error.
    static bool parseColumnMap(const QStringList &pairs, QHash<QString, QString> *map,
                               QString *error);
    // "N/A, none ,not on label" -> trimmed, non-empty tokens.
    static QStringList parseTokens(const QString &list);

    bool isEmptyValue(const QString &value) const;
    bool isAbstention(const QString &value) const;
    // The form exact matches compare: case-folded, spaces collapsed, then the normalizations.
    QString comparisonForm(const QString &value) const;
    // 1 - normalised Levenshtein, on raw or comparison forms (gradedRaw).
    double graded(const QString &truth, const QString &predicted) const;
};

} // namespace herb
