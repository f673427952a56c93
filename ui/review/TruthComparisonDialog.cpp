#include "TruthComparisonDialog.h"

#include "dwc/AtomicFileWriter.h"
#include "scoring/Predictions.h"
#include "scoring/ScoreReport.h"
#include "scoring/TruthTable.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace herb {

TruthComparisonDialog::TruthComparisonDialog(const QString &runFolder, QWidget *parent)
    : QDialog(parent)
    , m_runFolder(runFolder)
{
    setWindowTitle(tr("Compare with Truth"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("scoreReport"));
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The table's columns are aligned with spaces, as in a terminal.
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *choose = buttons->addButton(tr("Choose &Truth…"), QDialogButtonBox::ActionRole);
    m_saveDiff = buttons->addButton(tr("Save &Differences…"), QDialogButtonBox::ActionRole);
    m_saveDiff->setEnabled(false);
    connect(choose, &QPushButton::clicked, this, &TruthComparisonDialog::chooseTruth);
    connect(m_saveDiff, &QPushButton::clicked, this, &TruthComparisonDialog::chooseDiffFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_differences = new QTableWidget(0, 6, this);
    m_differences->setObjectName(QStringLiteral("scoreDifferences"));
    m_differences->setHorizontalHeaderLabels(
        { tr("Specimen"), tr("Field"), tr("Model value"), tr("Truth"), tr("Graded"), tr("Kind") });
    m_differences->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_differences->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_differences->horizontalHeader()->setStretchLastSection(true);
    m_differences->verticalHeader()->hide();
    connect(m_differences, &QTableWidget::cellActivated, this,
            [this](int row, int) { openDifference(row); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_report);
    splitter->addWidget(m_differences);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 560);
}

bool TruthComparisonDialog::compare(const QString &truthPath)
{
    m_score.reset();
    m_saveDiff->setEnabled(false);
    m_report->clear();
    m_differences->setRowCount(0);
    m_differenceRecords.clear();
    m_truthPath = truthPath;
    const auto fail = [this](const QString &message) {
        m_status->setText(message);
        return false;
    };
    TruthTable truth;
    QString error;
    if (!truth.load(truthPath, &error))
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(truthPath), error));
    QStringList warnings = truth.warnings();
    const auto predicted = readPredictions(m_runFolder, &error, &warnings);
    if (!predicted)
        return fail(error);
    m_score = scoreRun(truth, *predicted, ScoreRules(), QString(), &error);
    if (!m_score)
        return fail(error);
    m_score->source = QDir::toNativeSeparators(m_runFolder);
    m_score->warnings = warnings + m_score->warnings;
    m_status->setText(
        tr("%1 against %2")
            .arg(QDir::toNativeSeparators(m_runFolder), QDir::toNativeSeparators(truthPath)));
    m_report->setPlainText(ScoreReport::text({ *m_score }));
    listDifferences();
    m_saveDiff->setEnabled(true);
    return true;
}

void TruthComparisonDialog::listDifferences()
{
    for (const ScoredCell &cell : m_score->table.cells()) {
        if (cell.kind == CellKind::Exact || cell.kind == CellKind::CorrectEmpty)
            continue;
        const int row = m_differences->rowCount();
        m_differences->insertRow(row);
        const QStringList values { cell.specimen,
                                   cell.field,
                                   cell.predicted,
                                   cell.truth,
                                   QString::number(cell.graded, 'f', 3),
                                   cellKindName(cell.kind) };
        for (int column = 0; column < values.size(); ++column)
            m_differences->setItem(row, column, new QTableWidgetItem(values[column]));
        m_differenceRecords.append(cell.recordId);
    }
    m_differences->resizeColumnsToContents();
}

int TruthComparisonDialog::differenceCount() const
{
    return m_differences->rowCount();
}

void TruthComparisonDialog::openDifference(int row)
{
    const QString recordId = m_differenceRecords.value(row);
    if (!recordId.isEmpty())
        Q_EMIT specimenRequested(recordId);
}

bool TruthComparisonDialog::saveDifferences(const QString &path)
{
    if (!m_score)
        return false;
    QString error;
    if (!writeFileAtomically(path, ScoreReport::diffCsv({ *m_score }), &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Differences saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString TruthComparisonDialog::reportText() const
{
    return m_report->toPlainText();
}

void TruthComparisonDialog::chooseTruth()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Truth Table"), m_truthPath.isEmpty() ? m_runFolder : m_truthPath,
        tr("CSV files (*.csv *.tsv *.txt)"));
    if (!path.isEmpty())
        compare(path);
}

void TruthComparisonDialog::chooseDiffFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Differences"), QDir(m_runFolder).filePath(QStringLiteral("score-diff.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveDifferences(path);
}

} // namespace herb
