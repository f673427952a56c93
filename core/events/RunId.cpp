#include "RunId.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace herb {

QString makeRunId(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return time.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QLatin1Char('-')
        + QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(0x10000), 4, 16,
                                   QLatin1Char('0'));
}

} // namespace herb
