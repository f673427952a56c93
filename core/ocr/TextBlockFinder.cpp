#include "ocr/TextBlockFinder.h"

#include <algorithm>
#include <array>
#include <vector>

namespace herb {

namespace {

constexpr int kStep = 4; // window positions every kStep pixels of the half-size copy
// Longest run of ink, in pixels of the half-size copy, that can be part of a glyph: text
// 10-20 px high on a 1600 px sheet is 5-10 px high there.
constexpr int kMaxRun = 12;

// The paper's grey: the level 80 % of the pixels stay below (a sheet is mostly mounting paper).
int paperLevel(const QImage &grey)
{
    std::array<qint64, 256> histogram {};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[row[x]];
    }
    const qint64 wanted = qint64(grey.width()) * grey.height() * 8 / 10;
    qint64 seen = 0;
    for (int level = 0; level < 256; ++level) {
        seen += histogram[level];
        if (seen >= wanted)
            return level;
    }
    return 255;
}

} // namespace

QRect TextBlockFinder::densest(const QImage &grey, const QSizeF &fraction)
{
    if (grey.isNull() || fraction.width() <= 0 || fraction.height() <= 0)
        return {};
    // Half size keeps 10-15 px high text's strokes (2-3 px) and costs a quarter of the pixels.
    constexpr int kShrink = 2;
    const QImage small
        = grey.convertToFormat(QImage::Format_Grayscale8)
              .scaled(std::max(1, grey.width() / kShrink), std::max(1, grey.height() / kShrink),
                      Qt::IgnoreAspectRatio, Qt::FastTransformation);
    const int width = small.width();
    const int height = small.height();
    // Ink is clearly darker than the paper: printed or typed text, the plant, a colour chart.
    const int ink = paperLevel(small) * 70 / 100;
    std::vector<uchar> dark(size_t(width) * height);
    for (int y = 0; y < height; ++y) {
        const uchar *row = small.constScanLine(y);
        for (int x = 0; x < width; ++x)
            dark[size_t(y) * width + x] = row[x] < ink;
    }
    // A glyph's strokes are short both across and along a row: ink in runs no longer than
    // kMaxRun both ways counts. A colour chart's patches, a ruler's ticks, stems and leaves run
    // longer at least one way (the chart outscored the labels when every ink edge counted).
    std::vector<uchar> shortRun(dark.size(), 1);
    const auto markRuns = [&](int lines, int length, qsizetype lineStep, qsizetype step) {
        for (int line = 0; line < lines; ++line) {
            const qsizetype start = line * lineStep;
            int i = 0;
            while (i < length) {
                if (!dark[size_t(start + i * step)]) {
                    ++i;
                    continue;
                }
                int end = i;
                while (end < length && dark[size_t(start + end * step)])
                    ++end;
                if (end - i > kMaxRun) {
                    for (int j = i; j < end; ++j)
                        shortRun[size_t(start + j * step)] = 0;
                }
                i = end;
            }
        }
    };
    markRuns(height, width, width, 1); // along rows
    markRuns(width, height, 1, width); // along columns

    // Summed-area table of glyph-like ink.
    std::vector<int> sums(size_t(width + 1) * (height + 1), 0);
    const auto at = [&](int x, int y) -> int & { return sums[size_t(y) * (width + 1) + x]; };
    for (int y = 0; y < height; ++y) {
        int rowSum = 0;
        for (int x = 0; x < width; ++x) {
            const size_t i = size_t(y) * width + x;
            rowSum += int(dark[i] && shortRun[i]);
            at(x + 1, y + 1) = at(x + 1, y) + rowSum;
        }
    }
    if (at(width, height) == 0)
        return {};

    const int windowWidth = std::clamp(int(width * fraction.width()), 1, width);
    const int windowHeight = std::clamp(int(height * fraction.height()), 1, height);
    int best = -1;
    QPoint bestAt;
    // Every kStep-th position, and the last one, so a label against the image's edge counts.
    const auto positions = [](int room) {
        std::vector<int> starts;
        for (int p = 0; p < room; p += kStep)
            starts.push_back(p);
        starts.push_back(room);
        return starts;
    };
    const std::vector<int> lefts = positions(width - windowWidth);
    for (const int top : positions(height - windowHeight)) {
        for (const int left : lefts) {
            const int right = left + windowWidth;
            const int bottom = top + windowHeight;
            const int edges = at(right, bottom) - at(left, bottom) - at(right, top) + at(left, top);
            if (edges > best) {
                best = edges;
                bestAt = QPoint(left, top);
            }
        }
    }
    return QRect(bestAt * kShrink, QSize(windowWidth, windowHeight) * kShrink)
        .intersected(grey.rect());
}

} // namespace herb
