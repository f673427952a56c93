#include "PublicationOptions.h"

#include <QCoreApplication>

namespace herb {

namespace {

// Absent from the command line, a Publication option keeps the stored value.
constexpr const char *kStoredNote = QT_TRANSLATE_NOOP("CommandLine", "the Publication settings");

RunOption publicationText(const char *name, QString &(*member)(RunConfig &), const char *valueName,
                          const char *help, const char *key)
{
    RunOption option;
    option.name = name;
    option.field = textField(member);
    option.valueName = valueName;
    option.help = help;
    option.settingsKey = key;
    option.defaultNote = kStoredNote;
    return option;
}

} // namespace

std::vector<RunOption> withPublicationOptions(std::vector<RunOption> options)
{
    // jsonKey and settingsKey are set after the builder: designated initialisers would need
    // every field spelt out for each of the fifteen.
    struct Extra
    {
        RunOption option;
        const char *jsonKey;
    };
    const Extra extras[] = {
        { publicationText(
              "license", [](RunConfig &c) -> QString & { return c.exportSettings.license; }, "IRI",
              QT_TRANSLATE_NOOP("CommandLine",
                                "Licence IRI of the exports: CC0 1.0, CC BY 4.0 (the default) or "
                                "CC BY-NC 4.0, the three GBIF accepts."),
              "publication/license"),
          "export/license" },
        { publicationText(
              "institution-code",
              [](RunConfig &c) -> QString & { return c.exportSettings.institutionCode; }, "CODE",
              QT_TRANSLATE_NOOP("CommandLine", "institutionCode of the exports."),
              "publication/institutionCode"),
          "export/institution_code" },
        { publicationText(
              "collection-code",
              [](RunConfig &c) -> QString & { return c.exportSettings.collectionCode; }, "CODE",
              QT_TRANSLATE_NOOP("CommandLine", "collectionCode of the exports."),
              "publication/collectionCode"),
          "export/collection_code" },
        { publicationText(
              "catalog-prefixes",
              [](RunConfig &c) -> QString & { return c.exportSettings.catalogPrefixes; }, "TABLE",
              QT_TRANSLATE_NOOP("CommandLine",
                                "Codes by catalogue-number prefix, used where no "
                                "--institution-code is set: DAO=AAFC/DAO,WIN=WIN/WIN."),
              "publication/catalogPrefixes"),
          "export/catalog_prefixes" },
        { publicationText(
              "institution-name",
              [](RunConfig &c) -> QString & { return c.exportSettings.institutionName; }, "NAME",
              QT_TRANSLATE_NOOP("CommandLine", "Institution's name for eml.xml."),
              "publication/institutionName"),
          "export/institution_name" },
        { publicationText(
              "dataset-title", [](RunConfig &c) -> QString & { return c.exportSettings.title; },
              "TEXT", QT_TRANSLATE_NOOP("CommandLine", "Title of the data set (eml.xml)."),
              "publication/title"),
          "export/title" },
        { publicationText(
              "dataset-description",
              [](RunConfig &c) -> QString & { return c.exportSettings.description; }, "TEXT",
              QT_TRANSLATE_NOOP("CommandLine", "Description of the data set (eml.xml abstract)."),
              "publication/description"),
          "export/description" },
        { publicationText(
              "creator-name",
              [](RunConfig &c) -> QString & { return c.exportSettings.creatorName; }, "NAME",
              QT_TRANSLATE_NOOP("CommandLine", "Creator of the data set (a person)."),
              "publication/creatorName"),
          "export/creator_name" },
        { publicationText(
              "creator-organization",
              [](RunConfig &c) -> QString & { return c.exportSettings.creatorOrganization; },
              "NAME", QT_TRANSLATE_NOOP("CommandLine", "Creator's organisation."),
              "publication/creatorOrganization"),
          "export/creator_organization" },
        { publicationText(
              "creator-email",
              [](RunConfig &c) -> QString & { return c.exportSettings.creatorEmail; }, "EMAIL",
              QT_TRANSLATE_NOOP("CommandLine", "Creator's e-mail address."),
              "publication/creatorEmail"),
          "export/creator_email" },
        { publicationText(
              "metadata-provider-name",
              [](RunConfig &c) -> QString & { return c.exportSettings.providerName; }, "NAME",
              QT_TRANSLATE_NOOP("CommandLine", "Metadata provider (eml.xml); empty: the creator."),
              "publication/providerName"),
          "export/provider_name" },
        { publicationText(
              "metadata-provider-email",
              [](RunConfig &c) -> QString & { return c.exportSettings.providerEmail; }, "EMAIL",
              QT_TRANSLATE_NOOP("CommandLine", "Metadata provider's e-mail address."),
              "publication/providerEmail"),
          "export/provider_email" },
        { publicationText(
              "contact-name",
              [](RunConfig &c) -> QString & { return c.exportSettings.contactName; }, "NAME",
              QT_TRANSLATE_NOOP("CommandLine", "Contact (eml.xml); empty: the creator."),
              "publication/contactName"),
          "export/contact_name" },
        { publicationText(
              "contact-email",
              [](RunConfig &c) -> QString & { return c.exportSettings.contactEmail; }, "EMAIL",
              QT_TRANSLATE_NOOP("CommandLine", "Contact's e-mail address."),
              "publication/contactEmail"),
          "export/contact_email" },
        { publicationText(
              "kingdom", [](RunConfig &c) -> QString & { return c.exportSettings.kingdom; }, "NAME",
              QT_TRANSLATE_NOOP("CommandLine", "kingdom of records without one (Plantae)."),
              "publication/kingdom"),
          "export/kingdom" },
        { publicationText(
              "dataset-language",
              [](RunConfig &c) -> QString & { return c.exportSettings.language; }, "CODE",
              QT_TRANSLATE_NOOP("CommandLine", "Language of the data set, ISO 639-1 (en)."),
              "publication/language"),
          "export/language" },
    };
    for (const Extra &extra : extras) {
        RunOption option = extra.option;
        option.jsonKey = extra.jsonKey;
        options.push_back(option);
    }
    return options;
}

bool isPublicationOption(const RunOption &option)
{
    return option.settingsKey
        && QLatin1String(option.settingsKey).startsWith(QLatin1String(kPublicationGroup));
}

void readStoredPublication(const QSettings &settings, RunConfig &config)
{
    for (const RunOption &option : runOptions()) {
        if (!isPublicationOption(option))
            continue;
        const QVariant stored = settings.value(QLatin1String(option.settingsKey));
        if (stored.isValid())
            option.field.set(config, stored);
    }
}

QString licenceWarning(const QString &iri)
{
    if (iri.trimmed().isEmpty())
        return QCoreApplication::translate("Publication",
                                           "No licence is set: GBIF refuses a data set without "
                                           "one. Choose CC0 1.0, CC BY 4.0 or CC BY-NC 4.0 in "
                                           "the Publication settings (--license).");
    if (!findGbifLicence(iri))
        return QCoreApplication::translate("Publication",
                                           "The licence '%1' is not one GBIF accepts: choose "
                                           "CC0 1.0, CC BY 4.0 or CC BY-NC 4.0 in the "
                                           "Publication settings (--license).")
            .arg(iri);
    return {};
}

} // namespace herb
