#pragma once

#include "run/RunConfig.h"
#include "run/SpecimenRecord.h"

#include <QDialog>
#include <QTemporaryDir>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace herb {

class RunSession;

// Re-extract one sheet from the review workbench, with the window's engine or another model
// or prompt: the run's own dry-run path (one specimen, through RunSession) on a copy of the
// sheet in a temporary folder, so the run folder is untouched until the curator chooses. The
// current and the new record are shown side by side, differences marked; "Keep New" appends
// the new attempt to the run's records.jsonl (it becomes the sheet's final record; its reviews
// stay and it is "changed since review"), "Keep Current" leaves the run as it was.
class ReExtractDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReExtractDialog)

public:
    enum Column
    {
        TermColumn,
        CurrentColumn,
        NewColumn,
        ColumnCount
    };

    ReExtractDialog(RunConfig config, SpecimenRecord current, const QString &runFolder,
                    QWidget *parent = nullptr);
    ~ReExtractDialog() override;

    void setModel(const QString &model);
    void setPromptPath(const QString &path);
    // Starts the extraction of the sheet with the model and prompt shown.
    void start();
    bool isFinished() const { return m_finished; }
    const std::optional<SpecimenRecord> &newRecord() const { return m_new; }
    QString statusText() const;
    // Appends the new record to records.jsonl as the sheet's final record; false with the
    // reason shown when there is none or it cannot be written.
    bool keepNew();

Q_SIGNALS:
    void extractionFinished(bool success);
    // The new record is the sheet's final one now.
    void newRecordKept(const QString &specimenId);

private:
    void onFinished();
    void showComparison();
    void setStatus(const QString &text, bool bad);

    RunConfig m_config;
    SpecimenRecord m_current;
    QString m_runFolder;
    QTemporaryDir m_temp;
    RunSession *m_session = nullptr;
    std::optional<SpecimenRecord> m_new;
    QString m_failure;
    bool m_finished = false;
    QLineEdit *m_model;
    QLineEdit *m_prompt;
    QPushButton *m_extract;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_keepNew;
    QPushButton *m_keepCurrent;
};

} // namespace herb
