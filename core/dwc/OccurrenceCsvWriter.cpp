#include "OccurrenceCsvWriter.h"

#include "AtomicFileWriter.h"
#include "util/ControlCharacters.h"

#include <QRegularExpression>

#include <utility>

namespace herb {

OccurrenceCsvWriter::OccurrenceCsvWriter(DwcExportSettings settings)
    : m_settings(std::move(settings))
{ }

QString OccurrenceCsvWriter::neutraliseFormula(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+')
        || first == QLatin1Char('-') || first == QLatin1Char('@') || first == QLatin1Char('\t')
        || first == QLatin1Char('\r');
    if (!risky)
        return value;
    static const QRegularExpression number(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (number.match(value).hasMatch())
        return value;
    return QLatin1Char('\'') + value;
}

QString OccurrenceCsvWriter::cell(const QString &value)
{
    // Hidden controls go first, so "\u202E=cmd" or "\0=cmd" is seen as the formula it is.
    QString text = neutraliseFormula(withoutHiddenControls(value));
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray OccurrenceCsvWriter::render(const QList<OccurrenceEntry> &entries) const
{
    const OccurrenceTable table(entries, m_settings);
    QString text;
    auto appendLine = [&text](const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += cell(values.at(i));
        }
        text += QLatin1String("\r\n");
    };
    appendLine(table.columns());
    for (const QStringList &row : table.rows())
        appendLine(row);
    QByteArray bytes = text.toUtf8();
    if (m_byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

bool OccurrenceCsvWriter::write(const QString &path, const QList<OccurrenceEntry> &entries,
                                QString *error) const
{
    return writeFileAtomically(path, render(entries), error);
}

} // namespace herb
