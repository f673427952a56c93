#include "samples/Code128.h"

#include <algorithm>
#include <array>

namespace herb {

namespace {

// Bar/space widths of the 107 Code 128 symbol characters (values 0..102, start A/B/C at
// 103..105, stop at 106), each digit one element width in modules, bar first.
constexpr std::array<const char *, 107> kPatterns = {
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312",  "132212",
    "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122",  "123221",
    "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122",  "321221",
    "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123",  "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331",  "132131",
    "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311",  "213131",
    "311123", "311321", "331121", "312113", "312311", "332111", "314111", "221411",  "431111",
    "111224", "111422", "121124", "121421", "141122", "141221", "112214", "112412",  "122114",
    "122411", "142112", "142211", "241211", "221114", "413111", "241112", "134111",  "111242",
    "121142", "121241", "114212", "124112", "124211", "411212", "421112", "421211",  "212141",
    "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113",  "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112",
};

constexpr int kStartB = 104;
constexpr int kStop = 106;
constexpr int kQuietModules = 10;

void appendPattern(QList<int> &modules, int value)
{
    for (const char *p = kPatterns[size_t(value)]; *p; ++p)
        modules.append(*p - '0');
}

} // namespace

int code128Checksum(const QString &text)
{
    if (text.isEmpty())
        return -1;
    int checksum = kStartB;
    int position = 1;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 32 || code > 126)
            return -1;
        checksum += (int(code) - 32) * position++;
    }
    return checksum % 103;
}

QString code128Pattern(int value)
{
    if (value < 0 || value >= int(kPatterns.size()))
        return {};
    return QString::fromLatin1(kPatterns[size_t(value)]);
}

QList<int> code128Modules(const QString &text)
{
    const int checksum = code128Checksum(text);
    if (checksum < 0)
        return {};
    QList<int> modules;
    appendPattern(modules, kStartB);
    for (const QChar c : text)
        appendPattern(modules, int(c.unicode()) - 32);
    appendPattern(modules, checksum);
    appendPattern(modules, kStop);
    return modules;
}

QImage renderCode128(const QString &text, int moduleWidth, int height)
{
    const QList<int> modules = code128Modules(text);
    if (modules.isEmpty() || moduleWidth <= 0 || height <= 0)
        return {};
    int total = 2 * kQuietModules;
    for (const int m : modules)
        total += m;
    if (qint64(total) * moduleWidth * height > 256LL * 1024 * 1024)
        return {};
    QImage image(total * moduleWidth, height, QImage::Format_Grayscale8);
    image.fill(255);
    int x = kQuietModules * moduleWidth;
    bool bar = true;
    for (const int m : modules) {
        const int width = m * moduleWidth;
        if (bar) {
            for (int y = 0; y < height; ++y)
                std::fill_n(image.scanLine(y) + x, width, uchar(0));
        }
        x += width;
        bar = !bar;
    }
    return image;
}

} // namespace herb
