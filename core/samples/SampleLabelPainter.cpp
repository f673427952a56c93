#include "SampleLabelPainter.h"

#include "SampleFonts.h"
#include "SampleSheet.h"

#include <QFont>
#include <QFontMetrics>
#include <QList>
#include <QPainter>

namespace herb {

namespace {

constexpr int kPadding = 26;
constexpr int kBorderInset = 8;

struct Paragraph
{
    QString text;
    QFont font;
    int flags;
    int height = 0;
};

QList<Paragraph> layout(const SampleSheet &sheet, int textWidth)
{
    QFont body(SampleFonts::proportional(sheet.fontFamily));
    body.setPixelSize(sheet.fontPixelSize);
    QFont header = body;
    header.setBold(true);
    header.setPixelSize(qMax(12, sheet.fontPixelSize - 2));
    QFont name = body;
    name.setItalic(sheet.italicName);
    name.setBold(!sheet.italicName);

    QList<Paragraph> paragraphs;
    paragraphs.append({ sheet.header, header, int(Qt::AlignHCenter | Qt::TextWordWrap) });
    for (qsizetype i = 0; i < sheet.labelLines.size(); ++i) {
        const bool isName = i == 0;
        const bool isCatalog = i == sheet.labelLines.size() - 1
            && sheet.catalogMark == SampleSheet::CatalogMark::LabelLine;
        const int align = isCatalog ? Qt::AlignRight : Qt::AlignLeft;
        paragraphs.append(
            { sheet.labelLines[i], isName ? name : body, int(align | Qt::TextWordWrap) });
    }
    for (Paragraph &p : paragraphs) {
        const QFontMetrics metrics(p.font);
        p.height = metrics.boundingRect(QRect(0, 0, textWidth, 10000), p.flags, p.text).height();
    }
    return paragraphs;
}

} // namespace

QImage SampleLabelPainter::render(const SampleSheet &sheet, int width)
{
    const int textWidth = width - 2 * kPadding;
    const QList<Paragraph> paragraphs = layout(sheet, textWidth);
    const int gap = sheet.fontPixelSize / 3;
    int height = 2 * kPadding + sheet.fontPixelSize / 2; // room for the rule under the header
    for (const Paragraph &p : paragraphs)
        height += p.height + gap;

    QImage label(width, height, QImage::Format_RGB32);
    label.fill(QColor(252, 251, 246));
    QPainter painter(&label);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(QPen(QColor(60, 60, 60), 2));
    painter.drawRect(
        QRect(kBorderInset, kBorderInset, width - 2 * kBorderInset, height - 2 * kBorderInset));

    painter.setPen(QColor(20, 20, 25));
    int y = kPadding;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const Paragraph &p = paragraphs[i];
        painter.setFont(p.font);
        painter.drawText(QRect(kPadding, y, textWidth, p.height), p.flags, p.text);
        y += p.height + gap;
        if (i == 0) {
            const int ruleY = y + sheet.fontPixelSize / 8;
            painter.drawLine(kPadding, ruleY, width - kPadding, ruleY);
            y += sheet.fontPixelSize / 2;
        }
    }
    return label;
}

} // namespace herb
