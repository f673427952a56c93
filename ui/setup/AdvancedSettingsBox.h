#pragma once

#include "run/RunConfig.h"

#include <vector>

#include <QWidget>

class QToolButton;

namespace herb {

struct RunOption;

// The "Advanced" part of the run setup, folded away until its toggle is pressed: the run
// options of the table (RunOptions.h) that have a label for the window, one field each, in the
// table's order: the validation thresholds of DESIGN.md "Validation semantics" and the engines'
// limits. Rates are shown in percent.
class AdvancedSettingsBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedSettingsBox)

public:
    explicit AdvancedSettingsBox(QWidget *parent = nullptr);

    void applyConfig(const RunConfig &config);
    void fillConfig(RunConfig &config) const;

    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    struct Field
    {
        const RunOption *option;
        QWidget *widget;
    };

    QToolButton *m_toggle;
    QWidget *m_content;
    std::vector<Field> m_fields;
};

} // namespace herb
