#pragma once

#include <QString>

namespace herb {

// The sample generator draws with the fonts of a Debian desktop (fonts-dejavu, fonts-urw-base35),
// named in its recipes so that a sample set is the same on every Linux machine. Windows and macOS
// have none of them: there a missing family becomes the system's own font of the same kind, so
// `samples` draws real text everywhere instead of relying on Qt's last-resort substitute.
// Needs a QGuiApplication.
namespace SampleFonts {

QString proportional(const QString &family);
QString monospace(const QString &family);

} // namespace SampleFonts

} // namespace herb
