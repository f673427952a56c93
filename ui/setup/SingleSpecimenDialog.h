#pragma once

#include "run/RunConfig.h"
#include "run/SpecimenRecord.h"

#include <QDialog>
#include <QMap>
#include <QTemporaryDir>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace herb {

class RunSession;

// "Test on one specimen": the run's own dry-run path (RunConfig::dryRun: preflight, then
// exactly one specimen) through RunSession, into a temporary run folder that this dialog owns
// and removes (a trial must not litter the curator's folders). Shows the sheet upright beside
// the Darwin Core record it gave, term by term with the model's confidence, or, very
// visibly, why it failed and what the model answered: the cheapest way to catch a wrong prompt.
class SingleSpecimenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleSpecimenDialog)

public:
    explicit SingleSpecimenDialog(RunConfig config, QWidget *parent = nullptr);
    ~SingleSpecimenDialog() override;

    void start();
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_record && m_record->success; }
    const std::optional<SpecimenRecord> &record() const { return m_record; }
    QString runFolder() const { return m_config.outFolder; }

    QString statusText() const;
    QString errorText() const;
    QString rawResponseText() const;
    QMap<QString, QString> shownTerms() const; // term -> value, as the table shows them
    bool showsImage() const;

Q_SIGNALS:
    // Not done(bool): that would hide QDialog::done(int), which closes the dialog.
    void specimenFinished(bool success);

private:
    void onFinished(int exitCode);
    void showRecord(const SpecimenRecord &record);
    void showImage(const QString &path, int rotation);
    void setBanner(const QString &text, const QString &style);
    QString failureText(const SpecimenRecord &record) const;

    QTemporaryDir m_temp;
    RunConfig m_config;
    RunSession *m_session = nullptr;
    std::optional<SpecimenRecord> m_record;
    QString m_runFailure; // why the run stopped before a specimen, when it did
    bool m_finished = false;
    QLabel *m_banner;
    QLabel *m_image;
    QLabel *m_error;
    QTableWidget *m_terms;
    QPlainTextEdit *m_raw;
};

} // namespace herb
