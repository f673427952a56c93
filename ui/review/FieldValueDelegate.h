#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace herb {

// The editor of a field's value in the workbench's form: checks the value while it is typed
// (FieldCheck), marks the editor and says what is wrong, and hands a finished edit to the form
// instead of writing the model: the form's rows are rebuilt from the review trail once the
// correction is in reviews.jsonl, so what the table shows is always what was saved.
class FieldValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldValueDelegate)

public:
    // The term of the row an editor is for.
    using TermOfRow = std::function<QString(int row)>;
    FieldValueDelegate(TermOfRow termOfRow, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    void editorOpened() const;
    // What is wrong with the text being typed; empty when it can be saved.
    void problemChanged(const QString &problem) const;
    // A finished edit whose value passed the checks.
    void valueCommitted(const QString &term, const QString &value) const;
    // A finished edit whose value did not: nothing is saved.
    void valueRefused(const QString &term, const QString &problem) const;

private:
    TermOfRow m_termOfRow;
};

} // namespace herb
