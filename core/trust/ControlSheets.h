#pragma once

#include "specimens/ImageDiscovery.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace herb {

// A control sheet: an image of the folder whose values are known (issue 12, check 6).
struct ControlSheet
{
    QString specimenId; // the image's, as discovery names it
    QMap<QString, QString> truth; // Darwin Core term -> known value, as the file gives them
    int row = 0; // in the file, the header being row 1
};

// Reads --controls TRUTH.csv: a truth table as `herbstream score` reads it (first column the
// specimen id or a file name, an optional file/file_name/filename/image column, every other
// column a Darwin Core term), checked against the images of the folder. Every mistake is an
// error naming the file and the row, so a run never starts with controls that cannot work:
// an empty file, a column that is no Darwin Core term, a row naming no image of the folder (or
// a bare file name that several images share), an image named twice, a row with no known
// value for the core fields (the only ones scored).
std::optional<QList<ControlSheet>>
loadControlSheets(const QString &path, const QList<DiscoveredImage> &images, QString *error);

} // namespace herb
