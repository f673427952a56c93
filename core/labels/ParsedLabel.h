#pragma once

#include <QMap>
#include <QString>

namespace herb {

// Darwin Core terms read from a label, keyed by TDWG's term names (recordedBy, eventDate...),
// with the parser's certainty for each, 0..1 (times the OCR confidence when one was given).
// Only non-empty terms are present; every dwc key has a confidence.
struct ParsedLabel
{
    QMap<QString, QString> dwc;
    QMap<QString, double> confidence;
};

} // namespace herb
