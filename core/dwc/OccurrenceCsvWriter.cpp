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
    return render(OccurrenceTable(entries, m_settings));
}

QByteArray OccurrenceCsvWriter::render(const OccurrenceTable &table) const
{
    // Rendered a row at a time, straight into UTF-8: no table of rows, no UTF-16 copy.
    QByteArray bytes;
    if (m_byteOrderMark)
        bytes += "\xEF\xBB\xBF";
    QString line;
    auto appendLine = [&](const QStringList &values) {
        line.resize(0);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += cell(values.at(i));
        }
        line += QLatin1String("\r\n");
        bytes += line.toUtf8();
    };
    appendLine(table.columns());
    for (qsizetype i = 0; i < table.rowCount(); ++i)
        appendLine(table.row(i));
    return bytes;
}

bool OccurrenceCsvWriter::write(const QString &path, const QList<OccurrenceEntry> &entries,
                                QString *error) const
{
    return writeFileAtomically(path, render(entries), error);
}

bool OccurrenceCsvWriter::write(const QString &path, const OccurrenceTable &table,
                                QString *error) const
{
    return writeFileAtomically(path, render(table), error);
}

} // namespace herb
