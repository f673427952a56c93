#pragma once

#include "monitor/RunSummary.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QListWidget;
class QPushButton;

namespace herb {

// The modal alert shown once a run has stopped on its own (failed checkpoint, fatal error,
// failed preflight, unwritable folder): why in plain words, which prompt and model were in
// use, the first errors, and ways to open the event log and the run folder.
class StoppedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoppedDialog)

public:
    StoppedDialog(const RunSummary &summary, const QString &runFolder, QWidget *parent = nullptr);

    // The plain-words reason, e.g. "3 of the first 5 specimens failed: success 40 % is below
    // the 50 % threshold."
    static QString explanation(const RunSummary &summary);
    // "Prompt: ..." and "Model: ..." lines from extraction.started.
    static QString setupText(const RunSummary &summary);

    QString explanationText() const;
    QString setupLabelText() const;
    QStringList errorLines() const;
    QUrl eventLogUrl() const;
    QUrl runFolderUrl() const;

Q_SIGNALS:
    void showFailedRequested();

private:
    QString m_runFolder;
    QLabel *m_explanation;
    QLabel *m_setup;
    QListWidget *m_errors;
    QPushButton *m_openLog;
    QPushButton *m_openFolder;
    QPushButton *m_showFailed;
};

} // namespace herb
