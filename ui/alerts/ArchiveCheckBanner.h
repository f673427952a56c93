#pragma once

#include "publish/ArchiveCheck.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace herb {

// A strip above the run views with what GBIF's validator would say of the run's dwca.zip,
// checked at the run's end (core/publish): passes, accepted with interpretation warnings, or
// refused, in GBIF's words with counts. The full report is the tooltip, as `herbstream
// check-archive` prints it. The person dismisses it; the next run's end brings it back.
class ArchiveCheckBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveCheckBanner)

public:
    enum class Verdict
    {
        Passes,
        Warnings,
        Refused,
    };

    explicit ArchiveCheckBanner(QWidget *parent = nullptr);

    void showResult(const herb::ArchiveCheckResult &result);
    QString text() const;
    Verdict verdict() const { return m_verdict; }

private:
    QLabel *m_text;
    QToolButton *m_dismiss;
    Verdict m_verdict = Verdict::Passes;
};

} // namespace herb
