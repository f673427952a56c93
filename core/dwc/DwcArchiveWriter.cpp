#include "DwcArchiveWriter.h"

#include "AtomicFileWriter.h"
#include "DwcTerms.h"
#include "OccurrenceCsvWriter.h"
#include "ZipWriter.h"
#include "util/ControlCharacters.h"

#include <QUuid>
#include <QXmlStreamWriter>

#include <utility>

namespace herb {

namespace {

const QString kTextNamespace = QStringLiteral("http://rs.tdwg.org/dwc/text/");
const QString kEmlNamespace = QStringLiteral("eml://ecoinformatics.org/eml-2.1.1");

// XML 1.0 has no way to write most control characters, escaped or not; QXmlStreamWriter
// would emit them raw and the file would not parse. A settings field pasted from elsewhere
// can hold one, so they become spaces.
QString xmlSafe(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF)
            c = QLatin1Char(' ');
    }
    return out;
}

void writeParty(QXmlStreamWriter &xml, const QString &element, const DwcExportSettings &s)
{
    xml.writeStartElement(element);
    const QString name = xmlSafe(s.creatorName.simplified());
    if (!name.isEmpty()) {
        // EML requires a surName; a single name field is split at its last blank.
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        xml.writeStartElement(QStringLiteral("individualName"));
        if (space > 0)
            xml.writeTextElement(QStringLiteral("givenName"), name.left(space));
        xml.writeTextElement(QStringLiteral("surName"), name.mid(space + 1));
        xml.writeEndElement();
    } else {
        // EML needs some name: the institution stands in for a person.
        const QString organisation = xmlSafe(s.institutionCode.trimmed());
        xml.writeTextElement(QStringLiteral("organizationName"),
                             organisation.isEmpty() ? QStringLiteral("Unknown") : organisation);
    }
    if (!s.creatorEmail.trimmed().isEmpty())
        xml.writeTextElement(QStringLiteral("electronicMailAddress"),
                             xmlSafe(s.creatorEmail.trimmed()));
    xml.writeEndElement();
}

void writePara(QXmlStreamWriter &xml, const QString &element, const QString &text)
{
    xml.writeStartElement(element);
    xml.writeTextElement(QStringLiteral("para"), xmlSafe(text));
    xml.writeEndElement();
}

// EML's methods come after contact (and publisher, pubPlace) in a dataset.
void writeMethods(QXmlStreamWriter &xml, const QStringList &steps)
{
    if (steps.isEmpty())
        return;
    xml.writeStartElement(QStringLiteral("methods"));
    for (const QString &step : steps) {
        xml.writeStartElement(QStringLiteral("methodStep"));
        writePara(xml, QStringLiteral("description"), step);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

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
    const DwcExportSettings &s = m_settings;
    const QString title = s.title.trimmed().isEmpty() ? QStringLiteral("Herbarium specimens")
                                                      : s.title.simplified();
    const QDate pubDate = s.pubDate.isValid() ? s.pubDate : QDate::currentDate();
    // Stable for a given data set description, so a re-export is the same resource to GBIF.
    const QUuid ns { QLatin1String(OccurrenceTable::kOccurrenceNamespace) };
    const QString name = QStringLiteral("eml:") + title + QLatin1Char('\n') + s.institutionCode
        + QLatin1Char('\n') + s.collectionCode;
    const QString packageId = QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(kEmlNamespace, QStringLiteral("eml"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeStartElement(kEmlNamespace, QStringLiteral("eml"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("eml://ecoinformatics.org/eml-2.1.1 "
                                      "http://rs.gbif.org/schema/eml-gbif-profile/1.1/eml.xsd"));
    xml.writeAttribute(QStringLiteral("packageId"), packageId);
    xml.writeAttribute(QStringLiteral("system"), QStringLiteral("http://gbif.org"));
    xml.writeAttribute(QStringLiteral("scope"), QStringLiteral("system"));
    xml.writeAttribute(QStringLiteral("xml:lang"), xmlSafe(s.language));
    // EML's dataset children are ordered by its schema: title, creator, pubDate, language,
    // abstract, intellectualRights, contact, methods.
    xml.writeStartElement(QStringLiteral("dataset"));
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(title));
    writeParty(xml, QStringLiteral("creator"), s);
    xml.writeTextElement(QStringLiteral("pubDate"), pubDate.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("language"), xmlSafe(s.language));
    writePara(
        xml, QStringLiteral("abstract"),
        QStringLiteral(
            "Darwin Core records transcribed from herbarium specimen images with Herbstream."));
    if (!s.license.trimmed().isEmpty())
        writePara(xml, QStringLiteral("intellectualRights"), s.license.trimmed());
    writeParty(xml, QStringLiteral("contact"), s);
    writeMethods(xml, s.methodSteps);
    xml.writeEndElement(); // dataset
    xml.writeEndElement(); // eml
    xml.writeEndDocument();
    return out;
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
