#pragma once

#include "setup/SetupCheck.h"

#include <QListWidget>

namespace herb {

// The results of "Check" in the setup panel: one line per finding, with an icon for ok,
// warning or problem, and the same in words for screen readers. Hidden until the first check.
class SetupFindingsView final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupFindingsView)

public:
    explicit SetupFindingsView(QWidget *parent = nullptr);

    void showChecking();
    void showFindings(const QList<SetupFinding> &findings);
};

} // namespace herb
