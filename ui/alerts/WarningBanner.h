#pragma once

#include "events/Event.h"

#include <QFrame>

#include <optional>

class QLabel;
class QToolButton;

namespace herb {

// A non-modal strip above the run views for validation.warning: the run goes on, but a person
// should look. Says in plain words what the monitor saw; the person dismisses it, and the next
// warning brings it back.
class WarningBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningBanner)

public:
    explicit WarningBanner(QWidget *parent = nullptr);

    void showWarning(const ValidationWarning &warning);
    // Shows the batch's latest warning, if any (an older one of the same batch is in the
    // event log), and returns it.
    std::optional<ValidationWarning> showLatest(const herb::EventBatch &batch);
    void dismiss();
    QString text() const;

    // "Only 12 of the last 50 specimens succeeded (24 %), below the 70 % threshold." and the
    // like, for the banner and the system notification.
    static QString describe(const ValidationWarning &warning);

Q_SIGNALS:
    void dismissed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_dismiss;
};

} // namespace herb
