#include "setup/PublicationDialog.h"

#include "run/PublicationOptions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace herb {

namespace {

// The form's label of each option, by its command-line name.
QString labelFor(const QString &name)
{
    if (name == QLatin1String("institution-code"))
        return PublicationDialog::tr("&Institution code:");
    if (name == QLatin1String("collection-code"))
        return PublicationDialog::tr("C&ollection code:");
    if (name == QLatin1String("catalog-prefixes"))
        return PublicationDialog::tr("Codes by catalogue &prefix:");
    if (name == QLatin1String("institution-name"))
        return PublicationDialog::tr("Institution &name:");
    if (name == QLatin1String("dataset-title"))
        return PublicationDialog::tr("Data set &title:");
    if (name == QLatin1String("creator-name"))
        return PublicationDialog::tr("&Creator:");
    if (name == QLatin1String("creator-organization"))
        return PublicationDialog::tr("Creator's &organisation:");
    if (name == QLatin1String("creator-email"))
        return PublicationDialog::tr("Creator's &e-mail:");
    if (name == QLatin1String("metadata-provider-name"))
        return PublicationDialog::tr("&Metadata provider:");
    if (name == QLatin1String("metadata-provider-email"))
        return PublicationDialog::tr("Metadata provider's e-mail:");
    if (name == QLatin1String("contact-name"))
        return PublicationDialog::tr("Con&tact:");
    if (name == QLatin1String("contact-email"))
        return PublicationDialog::tr("Contact's e-mail:");
    if (name == QLatin1String("kingdom"))
        return PublicationDialog::tr("&Kingdom:");
    if (name == QLatin1String("dataset-language"))
        return PublicationDialog::tr("Data set &language:");
    return name;
}

bool shownAsLine(const RunOption &option)
{
    const QLatin1String name(option.name);
    return isPublicationOption(option) && name != QLatin1String("license")
        && name != QLatin1String("dataset-description");
}

} // namespace

PublicationDialog::PublicationDialog(const DwcExportSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_licence(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Publication"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("What every run publishes under, from the window or the command line: written into "
           "occurrence.csv, dwca.zip and its eml.xml. GBIF accepts only these three licences."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_licence->setObjectName(QStringLiteral("license"));
    m_licence->setAccessibleName(tr("Licence"));
    for (const GbifLicence &licence : gbifLicences())
        m_licence->addItem(QLatin1String(licence.shortName), QLatin1String(licence.iri));
    const GbifLicence *current = findGbifLicence(settings.license);
    if (!current && !settings.license.trimmed().isEmpty())
        m_licence->addItem(settings.license, settings.license); // kept, though GBIF refuses it
    m_licence->setCurrentIndex(qMax(
        0, m_licence->findData(current ? QString::fromLatin1(current->iri) : settings.license)));
    form->addRow(tr("&Licence:"), m_licence);

    RunConfig config;
    config.exportSettings = settings;
    for (const RunOption &option : runOptions()) {
        if (!shownAsLine(option))
            continue;
        auto *edit = new QLineEdit(option.field.get(config).toString(), this);
        const QString name = option.optionName();
        edit->setObjectName(name);
        edit->setAccessibleName(
            QString(labelFor(name)).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
        edit->setToolTip(option.description());
        form->addRow(labelFor(name), edit);
        m_fields.push_back({ &option, edit });
        if (name == QLatin1String("dataset-title")) {
            m_description->setObjectName(QStringLiteral("dataset-description"));
            m_description->setAccessibleName(tr("Data set description"));
            m_description->setPlainText(settings.description);
            m_description->setTabChangesFocus(true);
            m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
            form->addRow(tr("&Description:"), m_description);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

DwcExportSettings PublicationDialog::settings() const
{
    RunConfig config;
    config.exportSettings = m_initial;
    config.exportSettings.license = m_licence->currentData().toString();
    config.exportSettings.description = m_description->toPlainText().trimmed();
    for (const auto &[option, edit] : m_fields) {
        // An emptied field means the default (Plantae, en, the built-in title), not nothing.
        const QString text = edit->text().trimmed();
        option->field.set(config, text.isEmpty() ? option->defaultValue() : QVariant(text));
    }
    return config.exportSettings;
}

} // namespace herb
