#include "DwcArchiveWriter.h"

#include "AtomicFileWriter.h"
#include "DwcTerms.h"
#include "EmlWriter.h"
#include "OccurrenceCsvWriter.h"
#include "ZipWriter.h"
#include "util/ControlCharacters.h"

#include <QUuid>
#include <QXmlStreamWriter>

#include <utility>

namespace herb {

namespace {

const QString kTextNamespace = QStringLiteral("http://rs.tdwg.org/dwc/text/");

} // namespace

DwcArchiveWriter::DwcArchiveWriter(DwcExportSettings settings)
    : DwcArchiveWriter(std::move(settings), DwcTerms::occurrenceCore())
{ }

DwcArchiveWriter::DwcArchiveWriter(DwcExportSettings settings, const DwcTerms &terms)
    : m_settings(std::move(settings))
    , m_terms(terms)
{ }

QByteArray DwcArchiveWriter::metaXml(const OccurrenceTable &table) const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(kTextNamespace);
    xml.writeStartElement(kTextNamespace, QStringLiteral("archive"));
    xml.writeAttribute(QStringLiteral("metadata"), QStringLiteral("eml.xml"));
    xml.writeStartElement(kTextNamespace, QStringLiteral("core"));
    xml.writeAttribute(QStringLiteral("encoding"), QStringLiteral("UTF-8"));
    // Escape sequences, as the text guide writes them, not the characters themselves.
    xml.writeAttribute(QStringLiteral("fieldsTerminatedBy"), QStringLiteral("\\t"));
    xml.writeAttribute(QStringLiteral("linesTerminatedBy"), QStringLiteral("\\n"));
    xml.writeAttribute(QStringLiteral("fieldsEnclosedBy"), QString());
    xml.writeAttribute(QStringLiteral("ignoreHeaderLines"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("rowType"),
                       QStringLiteral("http://rs.tdwg.org/dwc/terms/Occurrence"));
    xml.writeStartElement(kTextNamespace, QStringLiteral("files"));
    xml.writeTextElement(kTextNamespace, QStringLiteral("location"),
                         QStringLiteral("occurrence.txt"));
    xml.writeEndElement();
    xml.writeEmptyElement(kTextNamespace, QStringLiteral("id"));
    xml.writeAttribute(QStringLiteral("index"), QStringLiteral("0"));
    const QStringList &columns = table.columns();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        xml.writeEmptyElement(kTextNamespace, QStringLiteral("field"));
        xml.writeAttribute(QStringLiteral("index"), QString::number(i));
        xml.writeAttribute(QStringLiteral("term"), m_terms.iri(columns.at(i)));
    }
    xml.writeEndElement(); // core
    xml.writeEndElement(); // archive
    xml.writeEndDocument();
    return out;
}

QByteArray DwcArchiveWriter::emlXml() const
{
    return herb::emlXml(m_settings);
}

QByteArray DwcArchiveWriter::occurrenceText(const OccurrenceTable &table) const
{
    // No quoting in this format: tabs and line breaks become spaces. Hidden controls go, and a
    // cell a spreadsheet would run as a formula is neutralised as in occurrence.csv (people
    // open occurrence.txt in spreadsheets too).
    auto clean = [](QString value) {
        for (QChar &c : value) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return OccurrenceCsvWriter::neutraliseFormula(withoutHiddenControls(value));
    };
    // Rendered a row at a time, straight into UTF-8: no table of rows, no UTF-16 copy.
    QByteArray text;
    QString line;
    auto appendLine = [&](const QStringList &values) {
        line.resize(0);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                line += QLatin1Char('\t');
            line += clean(values.at(i));
        }
        line += QLatin1Char('\n');
        text += line.toUtf8();
    };
    appendLine(table.columns());
    for (qsizetype i = 0; i < table.rowCount(); ++i)
        appendLine(table.row(i));
    return text;
}

QByteArray DwcArchiveWriter::archive(const QList<OccurrenceEntry> &entries, QString *error) const
{
    return archive(OccurrenceTable(entries, m_settings, m_terms), error);
}

QByteArray DwcArchiveWriter::archive(const OccurrenceTable &table, QString *error) const
{
    ZipWriter zip;
    const bool ok = zip.addFile(QStringLiteral("meta.xml"), metaXml(table))
        && zip.addFile(QStringLiteral("eml.xml"), emlXml())
        && zip.addFile(QStringLiteral("occurrence.txt"), occurrenceText(table));
    if (!ok) {
        if (error)
            *error = zip.errorString();
        return {};
    }
    return zip.archive();
}

bool DwcArchiveWriter::write(const QString &path, const QList<OccurrenceEntry> &entries,
                             QString *error) const
{
    return write(path, OccurrenceTable(entries, m_settings, m_terms), error);
}

bool DwcArchiveWriter::write(const QString &path, const OccurrenceTable &table,
                             QString *error) const
{
    QString zipError;
    const QByteArray bytes = archive(table, &zipError);
    if (bytes.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, zipError);
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

} // namespace herb
