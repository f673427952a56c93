#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

namespace herb::test {

// Top half red, bottom half blue: after a turn, the red half says where the top went.
QImage twoTone(QSize size, QImage::Format format = QImage::Format_RGB32);

// The image encoded in `format` ("jpeg", "png", "tiff", ...), or empty when Qt cannot write it.
QByteArray encode(const QImage &image, const QByteArray &format, int compression = -1);

} // namespace herb::test
