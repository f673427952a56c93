#include "EmlWriter.h"

#include "GbifLicences.h"
#include "OccurrenceTable.h"

#include <QUuid>
#include <QXmlStreamWriter>

namespace herb {

namespace {

const QString kEmlNamespace = QStringLiteral("eml://ecoinformatics.org/eml-2.1.1");

// XML 1.0 has no way to write most control characters, escaped or not; QXmlStreamWriter
// would emit them raw and the file would not parse. A settings field pasted from elsewhere
// can hold one, so they become spaces.
QString xmlSafe(const QString &text)
{
    QString out = text.simplified();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF)
            c = QLatin1Char(' ');
    }
    return out;
}

struct Party
{
    QString name;
    QString organisation;
    QString email;
};

void writeParty(QXmlStreamWriter &xml, const QString &element, const Party &party)
{
    xml.writeStartElement(element);
    const QString name = xmlSafe(party.name);
    if (!name.isEmpty()) {
        // EML requires a surName; a single name field is split at its last blank.
        const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
        xml.writeStartElement(QStringLiteral("individualName"));
        if (space > 0)
            xml.writeTextElement(QStringLiteral("givenName"), name.left(space));
        xml.writeTextElement(QStringLiteral("surName"), name.mid(space + 1));
        xml.writeEndElement();
    }
    const QString organisation = xmlSafe(party.organisation);
    if (!organisation.isEmpty() || name.isEmpty())
        xml.writeTextElement(QStringLiteral("organizationName"),
                             organisation.isEmpty() ? QStringLiteral("Unknown") : organisation);
    if (!party.email.trimmed().isEmpty())
        xml.writeTextElement(QStringLiteral("electronicMailAddress"), xmlSafe(party.email));
    xml.writeEndElement();
}

void writePara(QXmlStreamWriter &xml, const QString &element, const QString &text)
{
    xml.writeStartElement(element);
    xml.writeTextElement(QStringLiteral("para"), xmlSafe(text));
    xml.writeEndElement();
}

// The IPT's sentence: "This work is licensed under a <ulink url=…><citetitle>Creative Commons
// Attribution (CC-BY) 4.0 License</citetitle></ulink>." For a licence GBIF does not know, the
// IRI as given.
void writeRights(QXmlStreamWriter &xml, const QString &iri)
{
    xml.writeStartElement(QStringLiteral("intellectualRights"));
    xml.writeStartElement(QStringLiteral("para"));
    if (const GbifLicence *licence = findGbifLicence(iri)) {
        const bool publicDomain
            = QLatin1String(licence->shortName).startsWith(QLatin1String("CC0"));
        xml.writeCharacters(publicDomain ? QStringLiteral("To the extent possible under law, the "
                                                          "publisher has waived all rights to "
                                                          "these data and has dedicated them to "
                                                          "the ")
                                         : QStringLiteral("This work is licensed under a "));
        xml.writeStartElement(QStringLiteral("ulink"));
        xml.writeAttribute(QStringLiteral("url"), QLatin1String(licence->iri));
        xml.writeTextElement(QStringLiteral("citetitle"),
                             QLatin1String(licence->title)
                                 + (publicDomain ? QString() : QStringLiteral(" License")));
        xml.writeEndElement(); // ulink
        xml.writeCharacters(publicDomain ? QStringLiteral(". Users may copy, modify, distribute "
                                                          "and use the work, including for "
                                                          "commercial purposes, without "
                                                          "restriction.")
                                         : QStringLiteral("."));
    } else {
        xml.writeCharacters(xmlSafe(iri));
    }
    xml.writeEndElement(); // para
    xml.writeEndElement(); // intellectualRights
}

} // namespace

QByteArray emlXml(const DwcExportSettings &s)
{
    const QString title = s.title.trimmed().isEmpty() ? QStringLiteral("Herbarium specimens")
                                                      : s.title.simplified();
    const QDate pubDate = s.pubDate.isValid() ? s.pubDate : QDate::currentDate();
    // Stable for a given data set description, so a re-export is the same resource to GBIF.
    const QUuid ns { QLatin1String(OccurrenceTable::kOccurrenceNamespace) };
    const QString name = QStringLiteral("eml:") + title + QLatin1Char('\n') + s.institutionCode
        + QLatin1Char('\n') + s.collectionCode;
    const QString packageId = QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
    const QString organisation = !s.creatorOrganization.trimmed().isEmpty()
        ? s.creatorOrganization
        : (!s.institutionName.trimmed().isEmpty() ? s.institutionName : s.institutionCode);
    const Party creator { s.creatorName, organisation, s.creatorEmail };
    // The metadata provider and the contact are the creator unless named.
    const Party provider = s.providerName.trimmed().isEmpty() && s.providerEmail.trimmed().isEmpty()
        ? creator
        : Party { s.providerName, organisation, s.providerEmail };
    const Party contact = s.contactName.trimmed().isEmpty() && s.contactEmail.trimmed().isEmpty()
        ? creator
        : Party { s.contactName, organisation, s.contactEmail };
    const QString language
        = s.language.trimmed().isEmpty() ? QStringLiteral("en") : xmlSafe(s.language);

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
    xml.writeAttribute(QStringLiteral("xml:lang"), language);
    // EML 2.1.1's order: title, creator, metadataProvider, pubDate, language, abstract,
    // intellectualRights, contact, methods.
    xml.writeStartElement(QStringLiteral("dataset"));
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(title));
    writeParty(xml, QStringLiteral("creator"), creator);
    writeParty(xml, QStringLiteral("metadataProvider"), provider);
    xml.writeTextElement(QStringLiteral("pubDate"), pubDate.toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("language"), language);
    writePara(xml, QStringLiteral("abstract"),
              s.description.trimmed().isEmpty()
                  ? QStringLiteral("Darwin Core records transcribed from herbarium specimen "
                                   "images with Herbstream.")
                  : s.description);
    if (!s.license.trimmed().isEmpty())
        writeRights(xml, s.license.trimmed());
    writeParty(xml, QStringLiteral("contact"), contact);
    xml.writeStartElement(QStringLiteral("methods"));
    xml.writeStartElement(QStringLiteral("methodStep"));
    writePara(xml, QStringLiteral("description"),
              QStringLiteral("Each specimen sheet was photographed and its label transcribed "
                             "into Darwin Core terms by Herbstream, with a vision model or "
                             "offline optical character recognition. Dates, coordinates, "
                             "country codes and elevations were normalised to the forms GBIF "
                             "reads; the label's text is kept in the verbatim terms, and "
                             "records whose values could not be read are flagged for review."));
    xml.writeEndElement(); // methodStep
    // The run's own steps: engine, model, prompt SHA-256, review policy (core/review).
    for (const QString &step : s.methodSteps) {
        xml.writeStartElement(QStringLiteral("methodStep"));
        writePara(xml, QStringLiteral("description"), step);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // methods
    xml.writeEndElement(); // dataset
    xml.writeEndElement(); // eml
    xml.writeEndDocument();
    return out;
}

} // namespace herb
