#include "SampleBarcode.h"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <array>

namespace herb {

namespace {

// Bar/space widths of the 107 Code 128 symbol values; 103..105 are the three start codes
// and 106 the stop pattern (with its final two-module bar).
constexpr std::array<const char *, 107> kPatterns
    = { "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212",
        "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122", "123221",
        "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
        "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
        "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131",
        "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131",
        "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111",
        "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412", "122114",
        "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111", "111242",
        "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211", "212141",
        "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
        "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112" };

constexpr int kStartB = 104;
constexpr int kStop = 106;

// Symbol values of `text` in set B, or empty when a character is outside it.
QList<int> valuesOf(const QString &text)
{
    QList<int> values;
    values.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 32 || u > 126)
            return {};
        values.append(int(u) - 32);
    }
    return values;
}

void appendPattern(QList<int> *widths, int value)
{
    for (const char *p = kPatterns[size_t(value)]; *p; ++p)
        widths->append(*p - '0');
}

} // namespace

QString SampleBarcode::pattern(int value)
{
    if (value < 0 || value >= int(kPatterns.size()))
        return {};
    return QString::fromLatin1(kPatterns[size_t(value)]);
}

int SampleBarcode::checksum(const QString &text)
{
    const QList<int> values = valuesOf(text);
    if (values.isEmpty())
        return -1;
    int sum = kStartB;
    for (qsizetype i = 0; i < values.size(); ++i)
        sum += int(i + 1) * values[i];
    return sum % 103;
}

QList<int> SampleBarcode::moduleWidths(const QString &text)
{
    const QList<int> values = valuesOf(text);
    if (values.isEmpty())
        return {};
    QList<int> widths;
    appendPattern(&widths, kStartB);
    for (const int v : values)
        appendPattern(&widths, v);
    appendPattern(&widths, checksum(text));
    appendPattern(&widths, kStop);
    return widths;
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

    QFont font(fontFamily.isEmpty() ? QStringLiteral("DejaVu Sans Mono") : fontFamily);
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
