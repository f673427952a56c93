#include "SampleBarcode.h"

#include "samples/Code128.h"
#include "samples/SampleFonts.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

namespace herb {

QString SampleBarcode::pattern(int value)
{
    return code128Pattern(value);
}

int SampleBarcode::checksum(const QString &text)
{
    return code128Checksum(text);
}

QList<int> SampleBarcode::moduleWidths(const QString &text)
{
    return code128Modules(text);
}

QImage SampleBarcode::render(const QString &text, int moduleWidth, int barHeight,
                             const QString &fontFamily, int captionPixelSize)
{
    const QList<int> widths = moduleWidths(text);
    if (widths.isEmpty() || barHeight < 1)
        return {};
    moduleWidth = qMax(1, moduleWidth);
    int modules = 2 * quietZoneModules;
    for (const int w : widths)
        modules += w;

    QFont font(SampleFonts::monospace(fontFamily.isEmpty() ? QStringLiteral("DejaVu Sans Mono")
                                                           : fontFamily));
    font.setPixelSize(qMax(1, captionPixelSize));
    const int captionHeight = captionPixelSize > 0 ? QFontMetrics(font).height() + 4 : 0;
    const int margin = moduleWidth * 2;

    QImage image(modules * moduleWidth, barHeight + captionHeight + 2 * margin,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    int x = quietZoneModules * moduleWidth;
    bool bar = true;
    for (const int w : widths) {
        if (bar)
            painter.fillRect(x, margin, w * moduleWidth, barHeight, Qt::black);
        x += w * moduleWidth;
        bar = !bar;
    }
    if (captionHeight > 0) {
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, margin + barHeight + 2, image.width(), captionHeight),
                         Qt::AlignHCenter | Qt::AlignTop, text);
    }
    return image;
}

} // namespace herb
