#pragma once

#include "dwc/DwcRecord.h"
#include "events/Event.h"

#include <QJsonObject>
#include <QString>

namespace herb {

class DwcTerms;

struct ParsedModelOutput
{
    bool ok = false; // parsed, and enough core fields for the success rule
    DwcRecord record; // filled whenever a JSON object was found, even when ok is false
    ErrorKind errorKind = ErrorKind::None; // Parse or EmptyRecord; None when ok
    QString errorMessage;
};

// Turns a model's text answer into a DwcRecord. Models wrap JSON in code fences or prose, nest
// it under a "record" key, send {"value": …, "confidence": …} per field, or numbers where text
// was asked for; all of that is accepted. Keys that are no DwC term go to `extra`, never away.
class ModelOutputParser
{
public:
    explicit ModelOutputParser(int minCoreFields = 3);
    ModelOutputParser(int minCoreFields, const DwcTerms &terms);

    ParsedModelOutput parse(const QString &answer) const;

    // The first JSON object in free text: a fenced block if there is one, else the first
    // balanced {...} (strings and escapes respected) that parses. False when none does; then
    // *why says what was wrong (e.g. an object that never closes: a truncated answer).
    static bool extractJsonObject(const QString &text, QJsonObject *object, QString *why = nullptr);

    // The answer as records.jsonl keeps it: at most maxUtf8Bytes of UTF-8, cut at a character
    // boundary so the stored text stays valid.
    static QString truncateForStorage(const QString &raw, qsizetype maxUtf8Bytes = 64 * 1024,
                                      bool *truncated = nullptr);

    // A JSON scalar as field text: 1969.0 -> "1969", true -> "true", arrays joined with "; ".
    static QString valueText(const QJsonValue &value);

private:
    QJsonObject unwrap(const QJsonObject &object, QJsonObject *outer) const;
    int termKeyCount(const QJsonObject &object) const;
    void addField(DwcRecord &record, const QString &key, const QJsonValue &value) const;

    int m_minCoreFields;
    const DwcTerms &m_terms;
};

} // namespace herb
