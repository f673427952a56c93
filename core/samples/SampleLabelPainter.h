#pragma once

#include <QImage>

namespace herb {

struct SampleSheet;

// Typesets the printed label of a sample sheet: the institutional header centred above a
// rule, then the label's paragraphs left-aligned and word-wrapped, in the sheet's font.
// The result is the label on its own slip of paper; the sheet painter turns it slightly and
// places it in the lower right corner as a curator would glue it.
class SampleLabelPainter
{
public:
    // A label `width` px wide, as tall as its text needs.
    static QImage render(const SampleSheet &sheet, int width);
};

} // namespace herb
