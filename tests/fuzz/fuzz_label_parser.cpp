// libFuzzer target: the label parser, which maps Tesseract's text of a herbarium label onto
// Darwin Core terms (the offline engine). OCR output is noisy and unbounded: any text goes.
#include "LabelParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte, when there is one, sets the OCR confidence of the lines.
    QList<double> confidences;
    if (size > 0) {
        confidences.append(double(data[0]) / 255.0);
        ++data;
        --size;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const herb::ParsedLabel label = herb::LabelParser::parse(text, confidences);
    (void)label;
    return 0;
}
