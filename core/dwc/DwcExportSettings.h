#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace herb {

// What the publisher states about a run's data set (the Publication settings of the window and
// the matching command-line options): written into every exported row (institutionCode,
// collectionCode, license, kingdom) and into eml.xml. No secrets here: run.json records it as
// is.
struct DwcExportSettings
{
    QString institutionCode; // e.g. "MO"; empty: from the catalogue-number prefix table
    QString collectionCode; // e.g. "Herbarium"
    // A licence IRI GBIF accepts (CC0, CC BY or CC BY-NC). The same default for a run from the
    // window and from the command line: an archive without a licence is refused by GBIF.
    QString license = QStringLiteral("http://creativecommons.org/licenses/by/4.0/legalcode");
    // eml.xml dataset title; written in English, like the rest of the data.
    QString title = QStringLiteral("Herbarium specimens transcribed with Herbstream");
    QString description; // eml.xml abstract
    QString institutionName; // eml.xml organisation of the creator when none is given
    QString creatorName; // eml.xml creator: a person
    QString creatorOrganization;
    QString creatorEmail;
    // eml.xml metadataProvider and contact; empty: the creator.
    QString providerName;
    QString providerEmail;
    QString contactName;
    QString contactEmail;
    QDate pubDate; // eml.xml pubDate; today when invalid
    QString language = QStringLiteral("en"); // eml.xml dataset language (ISO 639-1)
    // eml.xml methods, one methodStep each: how the records were made (engine, model, prompt
    // SHA-256) and reviewed (core/review). None: no methods element.
    QStringList methodSteps;
    QString kingdom = QStringLiteral("Plantae"); // written on every record without one
    // Catalogue-number prefixes and the codes they stand for, used where institutionCode is
    // empty: "DAO=AAFC/DAO,WIN=WIN/WIN" (prefix=institutionCode/collectionCode).
    QString catalogPrefixes;
};

} // namespace herb
