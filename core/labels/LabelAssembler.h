#pragma once

#include "LabelCues.h"
#include "ParsedLabel.h"

#include <QList>
#include <QMap>
#include <QString>

namespace herb {

// LabelParser's working state: collects candidate values per term, keeps the most confident
// one, and runs the shape-based passes over text no cue claimed. Cued lines go in first
// (segment()), unlabelled text is read afterwards (readFreeText()), so a cue always has the
// chance to claim a term before a guess does.
class LabelAssembler
{
public:
    explicit LabelAssembler(const QList<double> &ocr);

    void header(const QString &line, int index);
    // wholeLine: the segment is all of its line; atLineStart: it opens its line.
    void segment(const LabelCues::Segment &s, int line, bool wholeLine, bool atLineStart);
    void readFreeText();
    void finish();
    // Keeps the most confident value per term; the first one wins a tie. Values without a
    // letter or digit ("/" between a French and an English cue) are ignored.
    void set(const QString &term, const QString &value, double confidence, int line);
    bool has(const QString &term) const { return m_result.dwc.contains(term); }
    // The OCR confidence of a line, 1 when unknown.
    double ocr(int line) const;
    ParsedLabel result() const { return m_result; }

private:
    // Label text that no cue claimed, kept with its line for the shape-based passes.
    struct FreeText
    {
        QString text;
        int line = 0;
        bool wholeLine = false;
        bool atLineStart = false;
    };

    struct Axis
    {
        double degrees = 0.0;
        QString verbatim;
        double confidence = 0.0;
        bool hasHemisphere = false;
        int line = -1;
    };

    // A line that gave a locality or habitat, so an unlabelled line after it can continue it.
    struct FieldLine
    {
        QString term;
        bool cued = false;
        bool open = false; // the line ended with a comma: the value goes on
    };

    void freeText(const FreeText &f);
    void date(const QString &text, double confidence, int line, QString *rest,
              bool yearOnly = true);
    void coordinates(const QString &text, LabelCues::Cue cue, double confidence, int line);
    void place(const QString &text, double stateConfidence, double countryConfidence, int line);

    QList<double> m_ocr;
    ParsedLabel m_result;
    QList<FreeText> m_free;
    QMap<int, FieldLine> m_fieldLines;
    Axis m_lat;
    Axis m_lon;
};

} // namespace herb
