#include "LabelParser.h"

#include "LabelAssembler.h"
#include "LabelCues.h"
#include "LabelValues.h"

#include <QStringList>

namespace herb {

ParsedLabel LabelParser::parse(const QString &text, const QList<double> &lineConfidences)
{
    LabelAssembler assembler(lineConfidences);
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');

    QStringList kept;
    double ocrSum = 0.0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].simplified();
        if (line.isEmpty())
            continue;
        kept << line;
        ocrSum += assembler.ocr(i);
        if (LabelValues::isHeader(line)) {
            assembler.header(line, i);
            continue;
        }
        const QList<LabelCues::Segment> segments = LabelCues::split(line);
        for (qsizetype k = 0; k < segments.size(); ++k)
            assembler.segment(segments[k], i, segments.size() == 1, k == 0);
    }
    assembler.readFreeText();
    assembler.finish();
    if (!kept.isEmpty())
        assembler.set(QStringLiteral("verbatimLabel"), kept.join(u'\n'), ocrSum / kept.size(), -1);
    return assembler.result();
}

} // namespace herb
