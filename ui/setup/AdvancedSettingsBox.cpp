#include "setup/AdvancedSettingsBox.h"

#include "window/AppSettings.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace herb {

namespace {

QSpinBox *spinBox(QWidget *parent, const QString &name, int minimum, int maximum,
                  const QString &suffix = QString())
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

QDoubleSpinBox *percentBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100);
    box->setDecimals(0);
    box->setSingleStep(5);
    box->setSuffix(QStringLiteral(" %"));
    return box;
}

} // namespace

AdvancedSettingsBox::AdvancedSettingsBox(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_content(new QGroupBox(this))
    , m_checkpointSize(
          spinBox(m_content, QStringLiteral("checkpointSize"), 1, 1000, tr(" specimens")))
    , m_checkpointMinRate(percentBox(m_content, QStringLiteral("checkpointMinRate")))
    , m_minCoreFields(spinBox(m_content, QStringLiteral("minCoreFields"), 1, 20))
    , m_monitorEvery(
          spinBox(m_content, QStringLiteral("monitorEvery"), 1, 100000, tr(" specimens")))
    , m_monitorMinRate(percentBox(m_content, QStringLiteral("monitorMinRate")))
    , m_stallSeconds(spinBox(m_content, QStringLiteral("stallSeconds"), 10, 86400, tr(" s")))
    , m_maxSide(spinBox(m_content, QStringLiteral("maxSide"), 256, 16384, tr(" px")))
    , m_ocrLanguages(new QLineEdit(m_content))
    , m_timeout(spinBox(m_content, QStringLiteral("timeoutSeconds"), 5, 3600, tr(" s")))
{
    setAccessibleName(tr("Advanced settings"));
    m_toggle->setText(tr("&Advanced"));
    m_toggle->setAccessibleName(tr("Show advanced settings"));
    m_toggle->setToolTip(tr("Show or hide the validation thresholds and engine limits"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_content->setVisible(false);
    m_ocrLanguages->setObjectName(QStringLiteral("ocrLanguages"));

    m_checkpointSize->setAccessibleName(tr("Checkpoint specimens"));
    m_checkpointSize->setToolTip(tr("The run is judged once this many specimens have finished"));
    m_checkpointMinRate->setAccessibleName(tr("Checkpoint minimum success rate"));
    m_checkpointMinRate->setToolTip(tr("Below this success rate at the checkpoint, the run stops"));
    m_minCoreFields->setAccessibleName(tr("Minimum core fields"));
    m_minCoreFields->setToolTip(
        tr("A specimen succeeds when at least this many core Darwin Core terms have a value"));
    m_monitorEvery->setAccessibleName(tr("Monitor every"));
    m_monitorEvery->setToolTip(tr("After the checkpoint, the success rate is checked every this "
                                  "many specimens"));
    m_monitorMinRate->setAccessibleName(tr("Monitor minimum success rate"));
    m_monitorMinRate->setToolTip(tr("Below this rolling success rate, a warning is shown"));
    m_stallSeconds->setAccessibleName(tr("Stall seconds"));
    m_stallSeconds->setToolTip(tr("A warning is shown when no specimen finishes for this long"));
    m_maxSide->setAccessibleName(tr("Longest image side"));
    m_maxSide->setToolTip(tr("Images are scaled down to this longest side before sending"));
    m_ocrLanguages->setAccessibleName(tr("OCR languages"));
    m_ocrLanguages->setToolTip(tr("Tesseract languages, joined with +, e.g. eng+fra+lat"));
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_timeout->setToolTip(tr("A request that receives nothing for this long is retried"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_toggle);
    outer->addWidget(m_content);
    auto *form = new QFormLayout(m_content);
    // Mnemonics chosen not to clash with the rest of the window's.
    form->addRow(tr("Checkp&oint after:"), m_checkpointSize);
    form->addRow(tr("Stop if success &below:"), m_checkpointMinRate);
    form->addRow(tr("Core fields re&quired:"), m_minCoreFields);
    form->addRow(tr("Monitor ever&y:"), m_monitorEvery);
    form->addRow(tr("Warn if success u&nder:"), m_monitorMinRate);
    form->addRow(tr("Stall warnin&g after:"), m_stallSeconds);
    form->addRow(tr("Image si&ze limit:"), m_maxSide);
    form->addRow(tr("OCR &languages:"), m_ocrLanguages);
    form->addRow(tr("&Wait for an answer:"), m_timeout);

    // Unticked, the group folds away instead of showing disabled fields.
    connect(m_toggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_content->setVisible(expanded);
        m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    applyConfig(RunConfig());
}

bool AdvancedSettingsBox::isExpanded() const
{
    return m_toggle->isChecked();
}

void AdvancedSettingsBox::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

void AdvancedSettingsBox::applyConfig(const RunConfig &config)
{
    m_checkpointSize->setValue(config.validation.checkpointSize);
    m_checkpointMinRate->setValue(config.validation.checkpointMinRate * 100.0);
    m_minCoreFields->setValue(config.minCoreFields);
    m_monitorEvery->setValue(config.validation.monitorEvery);
    m_monitorMinRate->setValue(config.validation.monitorMinRate * 100.0);
    m_stallSeconds->setValue(config.validation.stallSeconds);
    m_maxSide->setValue(config.maxSide);
    m_ocrLanguages->setText(config.ocrLanguages);
    m_timeout->setValue(config.timeoutSeconds);
}

void AdvancedSettingsBox::fillConfig(RunConfig &config) const
{
    config.validation.checkpointSize = m_checkpointSize->value();
    config.validation.checkpointMinRate = m_checkpointMinRate->value() / 100.0;
    config.minCoreFields = m_minCoreFields->value();
    config.validation.monitorEvery = m_monitorEvery->value();
    config.validation.monitorMinRate = m_monitorMinRate->value() / 100.0;
    config.validation.stallSeconds = m_stallSeconds->value();
    config.maxSide = m_maxSide->value();
    const QString languages = m_ocrLanguages->text().trimmed();
    config.ocrLanguages = languages.isEmpty() ? RunConfig().ocrLanguages : languages;
    config.timeoutSeconds = m_timeout->value();
}

void AdvancedSettingsBox::loadSettings(const AppSettings &settings)
{
    RunConfig config;
    config.validation = settings.validation();
    config.minCoreFields = settings.minCoreFields();
    config.maxSide = settings.maxSide();
    config.ocrLanguages = settings.ocrLanguages();
    config.timeoutSeconds = settings.timeoutSeconds();
    applyConfig(config);
    setExpanded(settings.advancedShown());
}

void AdvancedSettingsBox::saveSettings(AppSettings &settings) const
{
    RunConfig config;
    fillConfig(config);
    settings.setValidation(config.validation);
    settings.setMinCoreFields(config.minCoreFields);
    settings.setMaxSide(config.maxSide);
    settings.setOcrLanguages(config.ocrLanguages);
    settings.setTimeoutSeconds(config.timeoutSeconds);
    settings.setAdvancedShown(isExpanded());
}

} // namespace herb
