#include "TrustCheck.h"

namespace herb {

void TrustFindings::flag(const QString &flag, const QString &value)
{
    for (const FlagNote &note : std::as_const(flags)) {
        if (note.flag == flag)
            return;
    }
    flags.append({ flag, shortValue(value) });
}

QStringList TrustFindings::flagNames() const
{
    QStringList names;
    for (const FlagNote &note : flags)
        names.append(note.flag);
    return names;
}

QString shortValue(const QString &value)
{
    QString line = value.simplified();
    if (line.size() > 80)
        line = line.left(79) + QChar(0x2026);
    return line;
}

} // namespace herb
