#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace herb {

class DwcTerms;

// One specimen's Darwin Core answer, as records.jsonl stores it. Keys of `dwc` and
// `confidence` are canonical term names (DwcTerms::canonicalTerm); anything the model sent that
// is no term stays in `extra` under its original key so nothing is lost silently.
struct DwcRecord
{
    QMap<QString, QString> dwc;
    QMap<QString, double> confidence; // 0..1 per term, where the model gave one
    QJsonObject extra;

    bool operator==(const DwcRecord &other) const = default;
};

// Whether a transcribed value says "nothing here". Compared trimmed, case-insensitively, with
// inner blanks collapsed, a trailing full stop and enclosing [] or () removed: "[illegible]" is
// how herbarium transcription guides mark unreadable text. Beyond the placeholders named in
// DESIGN.md it knows "none", "null", "not legible", "unreadable", "not available", "?" and
// dashes, and the botanical "s.n." (sine numero: collector gave no number) and "s.d." (sine
// dato: undated), which stand exactly in recordNumber and eventDate. "NA" is not on the list:
// it is Namibia's country code.
bool isEmptyValue(QStringView value);
// Spelt out so a QString argument is not ambiguous between the other two.
inline bool isEmptyValue(const QString &value)
{
    return isEmptyValue(QStringView(value));
}
bool isEmptyValue(const QJsonValue &value); // null and undefined too; numbers are never empty

// Distinct core terms (DwcTerms::coreFieldTerms) with a non-empty value. Keys are matched
// through canonicalTerm, so a record built by hand with "dwc:Locality" still counts.
int countCoreFields(const DwcRecord &record, const DwcTerms &terms);
int countCoreFields(const DwcRecord &record);

// The success rule of DESIGN.md: at least minCoreFields core terms are non-empty. A record
// whose fields are all placeholders is a failure, however many keys it has, and a threshold
// below 1 counts as 1 so that no setting can let an empty record pass.
bool isSuccess(const DwcRecord &record, int minCoreFields = 3);

} // namespace herb
