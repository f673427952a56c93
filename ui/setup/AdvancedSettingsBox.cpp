#include "setup/AdvancedSettingsBox.h"

#include "run/RunOptions.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace herb {

namespace {

QString boxText(const char *text)
{
    return text ? QCoreApplication::translate("AdvancedSettingsBox", text) : QString();
}

// The field for one option: a spin box in its range, a percent box for a rate, else a line.
// Named after its settings key ("advanced/stallSeconds" -> "stallSeconds").
QWidget *fieldFor(const RunOption &option, QWidget *parent)
{
    QWidget *widget = nullptr;
    switch (option.field.kind) {
    case RunField::Kind::Integer: {
        auto *box = new QSpinBox(parent);
        box->setRange(int(option.minimum), int(option.maximum));
        box->setSuffix(boxText(option.window.suffix));
        widget = box;
        break;
    }
    case RunField::Kind::Rate: {
        auto *box = new QDoubleSpinBox(parent);
        box->setRange(option.minimum * 100.0, option.maximum * 100.0);
        box->setDecimals(0);
        box->setSingleStep(5);
        box->setSuffix(QStringLiteral(" %"));
        widget = box;
        break;
    }
    case RunField::Kind::Names: {
        // One box per name the option accepts; the names are the command line's.
        auto *names = new QWidget(parent);
        auto *row = new QHBoxLayout(names);
        row->setContentsMargins(0, 0, 0, 0);
        for (const QString &name : QString::fromLatin1(option.choices).split(QLatin1Char('|'))) {
            auto *box = new QCheckBox(name, names);
            box->setObjectName(name);
            row->addWidget(box);
        }
        row->addStretch(1);
        widget = names;
        break;
    }
    case RunField::Kind::Flag:
    case RunField::Kind::Text:
    case RunField::Kind::Url:
        widget = new QLineEdit(parent);
        break;
    }
    const QString key = QString::fromLatin1(option.settingsKey ? option.settingsKey : option.name);
    widget->setObjectName(key.section(QLatin1Char('/'), -1));
    widget->setAccessibleName(boxText(option.window.accessibleName));
    widget->setToolTip(boxText(option.window.toolTip));
    return widget;
}

} // namespace

AdvancedSettingsBox::AdvancedSettingsBox(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_content(new QGroupBox(this))
{
    setAccessibleName(tr("Advanced settings"));
    m_toggle->setObjectName(QStringLiteral("advancedToggle"));
    m_toggle->setText(tr("&Advanced"));
    m_toggle->setAccessibleName(tr("Show advanced settings"));
    m_toggle->setToolTip(tr("Show or hide the validation thresholds and engine limits"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_content->setVisible(false);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_toggle);
    outer->addWidget(m_content);
    auto *form = new QFormLayout(m_content);
    // The labels' mnemonics are chosen (in the table) not to clash with the rest of the window's.
    for (const RunOption &option : runOptions()) {
        if (!option.window.label)
            continue;
        QWidget *widget = fieldFor(option, m_content);
        form->addRow(boxText(option.window.label), widget);
        m_fields.push_back({ &option, widget });
    }

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
    for (const auto &[option, widget] : m_fields) {
        const QVariant value = option->field.get(config);
        if (auto *spin = qobject_cast<QSpinBox *>(widget))
            spin->setValue(value.toInt());
        else if (auto *percent = qobject_cast<QDoubleSpinBox *>(widget))
            percent->setValue(value.toDouble() * 100.0);
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(option->toText(value));
        else if (option->field.kind == RunField::Kind::Names) {
            const QStringList chosen = option->toText(value).split(QLatin1Char(','));
            for (QCheckBox *box : widget->findChildren<QCheckBox *>())
                box->setChecked(chosen.contains(box->objectName()));
        }
    }
}

void AdvancedSettingsBox::fillConfig(RunConfig &config) const
{
    for (const auto &[option, widget] : m_fields) {
        if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            option->field.set(config, spin->value());
        } else if (auto *percent = qobject_cast<QDoubleSpinBox *>(widget)) {
            option->field.set(config, percent->value() / 100.0);
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            // An emptied field means the default, not an empty value.
            const QString text = line->text().trimmed();
            option->field.set(config, text.isEmpty() ? option->defaultValue() : QVariant(text));
        } else if (option->field.kind == RunField::Kind::Names) {
            QStringList chosen;
            for (const QCheckBox *box : widget->findChildren<QCheckBox *>()) {
                if (box->isChecked())
                    chosen.append(box->objectName());
            }
            option->field.set(config, QVariant(chosen));
        }
    }
}

} // namespace herb
