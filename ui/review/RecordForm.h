#pragma once

#include "review/FieldRows.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace herb {

class FieldValueDelegate;

// The workbench's form: every Darwin Core term of the reviewed record with its value, the
// label's verbatim words beside an interpreted value, the engine's confidence, where the value
// comes from (model, OCR, barcode, curator) and the trust flags that concern it. Values are
// edited in place and checked while typed; a term of the TDWG list is added with completion.
// The form only asks: the workbench writes the correction to the trail and shows the rows
// again.
class RecordForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordForm)

public:
    enum Column
    {
        TermColumn,
        ValueColumn,
        VerbatimColumn,
        ConfidenceColumn,
        SourceColumn,
        FlagsColumn,
        ColumnCount
    };

    explicit RecordForm(QWidget *parent = nullptr);

    // Shows `rows`, keeping the current term selected; read-only forms allow no edit.
    void setRows(const QList<FieldRow> &rows, bool readOnly);
    void clear();
    const QList<FieldRow> &rows() const { return m_rows; }
    int rowOfTerm(const QString &term) const;

    // Opens the editor on `term`'s value (added as an empty row when the record has none).
    bool editTerm(const QString &term);
    // Opens the editor on the current row's value, or the first row's.
    void editCurrent();
    bool isEditing() const;
    // The problem with the value being typed or last refused; empty when none.
    QString problemText() const;

    // "model (vision/x)", "curator (Ana)": the source with its detail (the cell's tooltip).
    static QString sourceText(const FieldRow &row);
    // "model", "OCR", "barcode", "curator": what the cell shows.
    static QString sourceKindText(const FieldRow &row);

Q_SIGNALS:
    void correctionRequested(const QString &term, const QString &value);
    // An edit ended (saved or not): the workbench may show a record that arrived meanwhile.
    void editingFinished();

private:
    void addTerm();
    void showProblem(const QString &problem);

    QTableWidget *m_table;
    FieldValueDelegate *m_delegate;
    QLineEdit *m_newTerm;
    QPushButton *m_addTerm;
    QLabel *m_problem;
    QList<FieldRow> m_rows;
    bool m_readOnly = false;
    bool m_editing = false; // an editor is open on a value
};

} // namespace herb
