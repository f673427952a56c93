#include "review/FieldValueDelegate.h"

#include "review/FieldCheck.h"

#include <QLineEdit>

namespace herb {

FieldValueDelegate::FieldValueDelegate(TermOfRow termOfRow, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_termOfRow(std::move(termOfRow))
{ }

QWidget *FieldValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("fieldEditor"));
    editor->setFrame(false);
    const QString term = m_termOfRow(index.row());
    connect(editor, &QLineEdit::textChanged, this, [this, editor, term](const QString &text) {
        const QString problem = fieldValueProblem(term, text);
        editor->setStyleSheet(
            problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #fdecea; }"));
        editor->setToolTip(problem);
        Q_EMIT problemChanged(problem);
    });
    Q_EMIT editorOpened();
    return editor;
}

void FieldValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *,
                                      const QModelIndex &index) const
{
    const auto *lineEdit = qobject_cast<QLineEdit *>(editor);
    if (!lineEdit)
        return;
    const QString term = m_termOfRow(index.row());
    const QString problem = fieldValueProblem(term, lineEdit->text());
    if (problem.isEmpty())
        Q_EMIT valueCommitted(term, lineEdit->text());
    else
        Q_EMIT valueRefused(term, problem);
}

} // namespace herb
