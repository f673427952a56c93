#pragma once

#include "scoring/RunScore.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace herb {

// "Compare with Truth…": a run's records scored against a truth.csv, shown as the same table
// `herbstream score` prints (ScoreReport), with the differences savable as `score --diff` writes
// them, and listed: activating a row asks for its specimen (the window opens it in the
// Specimens tab). The default counting rules; the command line has the options.
class TruthComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TruthComparisonDialog)

public:
    explicit TruthComparisonDialog(const QString &runFolder, QWidget *parent = nullptr);

    // Scores the run against `truthPath` and shows the table, or the error naming the file.
    bool compare(const QString &truthPath);
    // Writes the differences of the last comparison; false (and the reason shown) on failure.
    bool saveDifferences(const QString &path);
    QString reportText() const;
    // The rows `score --diff` writes, in the dialog's list.
    int differenceCount() const;
    // Emits specimenRequested for the record of that row (none for a specimen with no record).
    void openDifference(int row);

Q_SIGNALS:
    void specimenRequested(const QString &specimenId);

private:
    void chooseTruth();
    void chooseDiffFile();
    void listDifferences();

    QString m_runFolder;
    QString m_truthPath;
    std::optional<RunScore> m_score;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QTableWidget *m_differences = nullptr;
    QStringList m_differenceRecords; // per row of m_differences
    QPushButton *m_saveDiff = nullptr;
};

} // namespace herb
