#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace herb {

// What the publisher states about a run's data set, written into every exported row
// (institutionCode, collectionCode, license) and into eml.xml. No secrets here: run.json
// records it as is.
struct DwcExportSettings
{
    QString institutionCode; // e.g. "MO"
    QString collectionCode; // e.g. "Herbarium"
    // A licence IRI GBIF accepts, e.g. http://creativecommons.org/licenses/by/4.0/legalcode
    QString license;
    QString title; // eml.xml dataset title
    QString creatorName; // eml.xml creator and contact
    QString creatorEmail;
    QDate pubDate; // eml.xml pubDate; today when invalid
    QString language = QStringLiteral("en"); // eml.xml dataset language (ISO 639-1)
    // eml.xml methods, one methodStep each: how the records were made (engine, model, prompt
    // SHA-256) and reviewed (core/review). None: no methods element.
    QStringList methodSteps;
};

} // namespace herb
