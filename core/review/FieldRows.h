#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace herb {

struct ReviewedRecord;
struct SpecimenRecord;

// Where a field's value comes from, as the workbench shows it beside the value.
enum class FieldSource
{
    Model, // a vision model read it
    Ocr, // the offline engine (Tesseract) read it
    Barcode, // the sheet's barcode says the same (catalogNumber)
    Curator, // a person set it
};

// One line of the workbench's form: a term of the reviewed record with what a curator needs to
// judge it.
struct FieldRow
{
    QString term;
    QString value; // after the corrections; empty when a person removed it
    QString verbatim; // the label's own words for an interpreted term (verbatimEventDate…)
    std::optional<double> confidence; // the engine's, for a machine value
    FieldSource source = FieldSource::Model;
    QString sourceDetail; // the model id, or the people who set it
    QStringList flags; // the trust checks that concern this term ("repeated_value")
};

// The rows of `reviewed` (the record `record` with its reviews applied): every term with a
// value, every term a person touched (a removed value stays as an empty row, so the removal is
// seen), and every term a trust flag names, in TDWG order; terms that are not Darwin Core last.
QList<FieldRow> fieldRowsOf(const SpecimenRecord &record, const ReviewedRecord &reviewed);

// The verbatim term that keeps the label's words for an interpreted one ("eventDate" →
// "verbatimEventDate"); empty when there is none.
QStringList verbatimTermsOf(const QString &term);

// The terms a trust flag ("check:term+term") concerns, and its check.
QString flagCheck(const QString &flag);
QStringList flagTerms(const QString &flag);

} // namespace herb
