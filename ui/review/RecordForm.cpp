#include "review/RecordForm.h"

#include "dwc/DwcTerms.h"
#include "review/FieldCheck.h"
#include "review/FieldValueDelegate.h"

#include <QColor>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace herb {

RecordForm::RecordForm(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_delegate(new FieldValueDelegate(
          [this](int row) {
              return row >= 0 && row < m_rows.size() ? m_rows.at(row).term : QString();
          },
          this))
    , m_newTerm(new QLineEdit(this))
    , m_addTerm(new QPushButton(tr("A&dd Term"), this))
    , m_problem(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("fields"));
    m_table->setAccessibleName(tr("Darwin Core fields of the record"));
    m_table->setHorizontalHeaderLabels(
        { tr("Term"), tr("Value"), tr("Verbatim"), tr("Confidence"), tr("Source"), tr("Flag") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(ValueColumn, m_delegate);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    // The value takes the room; the columns around it keep a width a person can change.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TermColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConfidenceColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(VerbatimColumn, 110);
    m_table->setColumnWidth(SourceColumn, 70);
    m_table->setColumnWidth(FlagsColumn, 110);
    m_table->setWordWrap(true);

    m_newTerm->setObjectName(QStringLiteral("newTerm"));
    m_newTerm->setPlaceholderText(tr("Add a Darwin Core term…"));
    m_newTerm->setAccessibleName(tr("Darwin Core term to add"));
    auto *completer = new QCompleter(DwcTerms::occurrenceCore().names(), m_newTerm);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_newTerm->setCompleter(completer);
    connect(m_newTerm, &QLineEdit::returnPressed, this, &RecordForm::addTerm);
    connect(m_addTerm, &QPushButton::clicked, this, &RecordForm::addTerm);

    m_problem->setObjectName(QStringLiteral("fieldProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();

    connect(m_delegate, &FieldValueDelegate::problemChanged, this, &RecordForm::showProblem);
    connect(m_delegate, &FieldValueDelegate::valueRefused, this,
            [this](const QString &term, const QString &problem) {
                showProblem(tr("%1 was not saved: %2").arg(term, problem));
            });
    connect(m_delegate, &FieldValueDelegate::valueCommitted, this,
            [this](const QString &term, const QString &value) {
                showProblem({});
                Q_EMIT correctionRequested(term, value);
            });
    connect(m_delegate, &FieldValueDelegate::editorOpened, this, [this] { m_editing = true; });
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this, [this] {
        m_editing = false;
        Q_EMIT editingFinished();
    });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newTerm, 1);
    addRow->addWidget(m_addTerm);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(addRow);
}

QString RecordForm::sourceText(const FieldRow &row)
{
    const QString source = sourceKindText(row);
    return row.sourceDetail.isEmpty() ? source : tr("%1 (%2)").arg(source, row.sourceDetail);
}

QString RecordForm::sourceKindText(const FieldRow &row)
{
    QString source;
    switch (row.source) {
    case FieldSource::Model:
        source = tr("model");
        break;
    case FieldSource::Ocr:
        source = tr("OCR");
        break;
    case FieldSource::Barcode:
        source = tr("barcode");
        break;
    case FieldSource::Curator:
        source = tr("curator");
        break;
    }
    return source;
}

void RecordForm::setRows(const QList<FieldRow> &rows, bool readOnly)
{
    const int current = m_table->currentRow();
    const QString currentTerm
        = current >= 0 && current < m_rows.size() ? m_rows.at(current).term : QString();
    m_rows = rows;
    m_readOnly = readOnly;
    m_newTerm->setEnabled(!readOnly);
    m_addTerm->setEnabled(!readOnly);

    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const FieldRow &row = rows.at(r);
        auto item = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            return cell;
        };
        m_table->setItem(r, TermColumn, item(row.term));
        QTableWidgetItem *value = item(row.value);
        if (!readOnly)
            value->setFlags(value->flags() | Qt::ItemIsEditable);
        if (row.source == FieldSource::Curator) {
            QFont font = value->font();
            font.setItalic(true);
            value->setFont(font);
        }
        const QString problem = fieldValueProblem(row.term, row.value);
        if (!problem.isEmpty()) {
            value->setForeground(QColor(0xc6, 0x28, 0x28));
            value->setToolTip(problem);
        }
        m_table->setItem(r, ValueColumn, value);
        m_table->setItem(r, VerbatimColumn, item(row.verbatim));
        m_table->setItem(r, ConfidenceColumn,
                         item(row.confidence ? locale.toString(*row.confidence, 'f', 2) : tr("–")));
        QTableWidgetItem *source = item(sourceKindText(row));
        source->setToolTip(sourceText(row)); // the model's id, the curators' names
        m_table->setItem(r, SourceColumn, source);
        QTableWidgetItem *flags = item(row.flags.isEmpty() ? QString()
                                                           : QStringLiteral("⚑ ")
                                               + row.flags.join(QStringLiteral(", ")));
        flags->setForeground(QColor(0xb2, 0x6a, 0x00));
        m_table->setItem(r, FlagsColumn, flags);
    }
    // Columns that say nothing for this record give their room to the values.
    const bool anyVerbatim = std::any_of(
        rows.begin(), rows.end(), [](const FieldRow &row) { return !row.verbatim.isEmpty(); });
    const bool anyFlag = std::any_of(rows.begin(), rows.end(),
                                     [](const FieldRow &row) { return !row.flags.isEmpty(); });
    m_table->setColumnHidden(VerbatimColumn, !anyVerbatim);
    m_table->setColumnHidden(FlagsColumn, !anyFlag);
    m_table->resizeRowsToContents();
    const int again = rowOfTerm(currentTerm);
    if (again >= 0)
        m_table->setCurrentCell(again, ValueColumn);
}

void RecordForm::clear()
{
    m_rows.clear();
    m_table->setRowCount(0);
    showProblem({});
}

int RecordForm::rowOfTerm(const QString &term) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).term == term)
            return r;
    }
    return -1;
}

bool RecordForm::editTerm(const QString &term)
{
    if (m_readOnly)
        return false;
    int row = rowOfTerm(term);
    if (row < 0) {
        FieldRow added;
        added.term = term;
        added.source = FieldSource::Curator;
        QList<FieldRow> rows = m_rows;
        rows.append(added);
        setRows(rows, m_readOnly);
        row = int(rows.size()) - 1;
    }
    m_table->setCurrentCell(row, ValueColumn);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, ValueColumn));
    return true;
}

void RecordForm::editCurrent()
{
    if (m_rows.isEmpty()) {
        m_newTerm->setFocus();
        return;
    }
    const int row = std::max(0, m_table->currentRow());
    editTerm(m_rows.at(row).term);
}

bool RecordForm::isEditing() const
{
    return m_editing;
}

QString RecordForm::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void RecordForm::addTerm()
{
    const QString term = m_newTerm->text().trimmed();
    if (term.isEmpty())
        return;
    const QString problem = termProblem(term, DwcTerms::occurrenceCore());
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    m_newTerm->clear();
    showProblem({});
    editTerm(term);
}

void RecordForm::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace herb
