#pragma once

#include "run/RunConfig.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace herb {

class AppSettings;

// The "Advanced" part of the run setup, folded away until its toggle is pressed: the validation
// thresholds of DESIGN.md "Validation semantics" (checkpoint N and its minimum rate, the
// minimum core fields, the rolling monitor, the stall time) and the engines' limits (longest
// image side, OCR languages, request timeout). Rates are shown in percent.
class AdvancedSettingsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedSettingsBox)

public:
    explicit AdvancedSettingsBox(QWidget *parent = nullptr);

    void applyConfig(const RunConfig &config);
    void fillConfig(RunConfig &config) const;
    void loadSettings(const AppSettings &settings);
    void saveSettings(AppSettings &settings) const;

    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_toggle;
    QWidget *m_content;
    QSpinBox *m_checkpointSize;
    QDoubleSpinBox *m_checkpointMinRate;
    QSpinBox *m_minCoreFields;
    QSpinBox *m_monitorEvery;
    QDoubleSpinBox *m_monitorMinRate;
    QSpinBox *m_stallSeconds;
    QSpinBox *m_maxSide;
    QLineEdit *m_ocrLanguages;
    QSpinBox *m_timeout;
};

} // namespace herb
