#include "ReviewLogReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace herb {

ReviewLogContents readReviewLog(const QString &path)
{
    ReviewLogContents contents;
    QFile file(path);
    if (!file.exists())
        return contents;
    contents.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error
            = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return contents;
    }
    const QByteArray bytes = file.readAll();
    qsizetype start = 0;
    int number = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            contents.tornTail = true;
            break;
        }
        ++number;
        const QByteArray line = bytes.mid(start, end - start);
        start = end + 1;
        QString cause;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        std::optional<ReviewEntry> entry;
        if (parseError.error != QJsonParseError::NoError)
            cause = parseError.errorString();
        else if (!document.isObject())
            cause = QCoreApplication::translate("Review", "not a JSON object");
        else
            entry = ReviewEntry::fromJson(document.object(), &cause);
        if (!entry) {
            contents.corruptLine = number;
            contents.error = QCoreApplication::translate("Review", "%1, line %2: %3")
                                 .arg(QDir::toNativeSeparators(path))
                                 .arg(number)
                                 .arg(cause);
            return contents;
        }
        contents.entries.append(std::move(*entry));
    }
    return contents;
}

} // namespace herb
