#pragma once

#include <QString>

namespace herb {

// Makes written data durable, with each platform's strongest cheap call: fdatasync on Linux,
// F_FULLFSYNC on macOS (plain fsync there only reaches the drive's cache), FlushFileBuffers on
// Windows. `fd` is a C runtime descriptor (QFile::handle()).
bool syncFileData(int fd, QString *error = nullptr);

// Makes a file's creation, rename or truncation durable by syncing its folder (POSIX); on
// Windows the metadata is journalled with the file and this does nothing.
bool syncDirectory(const QString &directory, QString *error = nullptr);

} // namespace herb
