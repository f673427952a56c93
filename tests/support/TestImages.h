#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace herb::test {

// Top half red, bottom half blue: after a turn, the red half says where the top went.
QImage twoTone(QSize size, QImage::Format format = QImage::Format_RGB32);

// The image encoded in `format` ("jpeg", "png", "tiff", ...), or empty when Qt cannot write it.
QByteArray encode(const QImage &image, const QByteArray &format, int compression = -1);

// `count` small sheet-like JPEGs (pale paper, a block of dark "label" lines at the bottom right)
// named sheet_000.jpg, sheet_001.jpg, ... in `folder` (made if missing); their paths, in order.
// Each differs slightly, so their SHA-256 (the specimen id) differ. Numbering from
// `firstIndex` gives sheets that differ from another call's too.
QStringList writeSheets(const QString &folder, int count, QSize size = QSize(240, 360),
                        int firstIndex = 0);
// The same, returning the folder (cleaned): what a run's imagesFolder takes.
QString writeSheetFolder(const QString &folder, int count);

} // namespace herb::test
