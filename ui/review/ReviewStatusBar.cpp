#include "review/ReviewStatusBar.h"

#include "review/SpecimenListModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace herb {

ReviewStatusBar::ReviewStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_attention(new QPushButton(tr("Needs Attention"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_reset(new QPushButton(tr("Unreviewed"), this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_reExtract(new QPushButton(tr("Re-e&xtract…"), this))
{
    m_state->setObjectName(QStringLiteral("reviewState"));
    m_state->setAccessibleName(tr("Review status of the record"));
    m_state->setWordWrap(true);
    m_readOnly->setObjectName(QStringLiteral("reviewReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_readOnly->hide();
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setAccessibleName(tr("Review progress"));
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setPlaceholderText(tr("Note for the next decision (optional)"));
    m_note->setAccessibleName(tr("Review note"));

    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setToolTip(tr("Approve and go to the next unreviewed record (A)"));
    m_attention->setObjectName(QStringLiteral("needsAttention"));
    m_attention->setToolTip(tr("Mark as needing attention (T)"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_reject->setToolTip(tr("Reject: the record is left out of the exports (R)"));
    m_reset->setObjectName(QStringLiteral("unreviewed"));
    m_reset->setToolTip(tr("Take the verdict back"));
    m_undo->setObjectName(QStringLiteral("undo"));
    m_undo->setToolTip(tr("Undo your last decision (Ctrl+Z): a line taking it back is added to "
                          "reviews.jsonl"));
    m_undo->setEnabled(false);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { Q_EMIT statusRequested(ReviewStatus::Approved); });
    connect(m_attention, &QPushButton::clicked, this,
            [this] { Q_EMIT statusRequested(ReviewStatus::NeedsAttention); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { Q_EMIT statusRequested(ReviewStatus::Rejected); });
    connect(m_reset, &QPushButton::clicked, this,
            [this] { Q_EMIT statusRequested(ReviewStatus::Unreviewed); });
    connect(m_undo, &QPushButton::clicked, this, &ReviewStatusBar::undoRequested);
    m_reExtract->setObjectName(QStringLiteral("reExtract"));
    m_reExtract->setToolTip(tr("Send this sheet again, with the window's model or another one, "
                               "and keep the new record or the current one"));
    m_reExtract->setEnabled(false);
    connect(m_reExtract, &QPushButton::clicked, this, &ReviewStatusBar::reExtractRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_attention);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_reExtract);
    buttons->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnly);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_progress);
    layout->addLayout(stateRow);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    setRecordState(false, ReviewStatus::Unreviewed, {}, false);
}

void ReviewStatusBar::setRecordState(bool hasRecord, ReviewStatus status, const QString &note,
                                     bool changedSinceReview)
{
    m_hasRecord = hasRecord;
    QString text = hasRecord ? tr("Review: %1").arg(SpecimenListModel::reviewStatusText(status))
                             : tr("No record to review");
    if (hasRecord && !note.isEmpty())
        text += tr(" — “%1”").arg(note);
    if (hasRecord && changedSinceReview)
        text += tr(" — extracted again since the review: check the values again");
    m_state->setText(text);
    if (m_writable)
        m_readOnly->hide(); // a write error is said until the next decision
    const bool enabled = m_writable && hasRecord;
    for (QPushButton *button : { m_approve, m_attention, m_reject, m_reset })
        button->setEnabled(enabled);
    m_note->setEnabled(enabled);
}

void ReviewStatusBar::setProgress(int reviewed, int records)
{
    const QLocale locale;
    m_progress->setText(
        tr("%1 of %2 reviewed").arg(locale.toString(reviewed), locale.toString(records)));
}

void ReviewStatusBar::setReadOnly(const QString &reason)
{
    m_writable = reason.isEmpty();
    m_readOnly->setText(reason);
    m_readOnly->setVisible(!reason.isEmpty());
    if (!m_writable)
        m_undo->setEnabled(false);
    for (QPushButton *button : { m_approve, m_attention, m_reject, m_reset })
        button->setEnabled(m_writable && m_hasRecord);
    m_note->setEnabled(m_writable && m_hasRecord);
}

void ReviewStatusBar::showWriteError(const QString &error)
{
    m_readOnly->setText(tr("Not saved: %1").arg(error));
    m_readOnly->show();
}

void ReviewStatusBar::setReExtractAvailable(bool available)
{
    m_reExtract->setEnabled(available && m_writable);
}

void ReviewStatusBar::setUndoAvailable(bool available)
{
    m_undo->setEnabled(available && m_writable);
}

QString ReviewStatusBar::note() const
{
    return m_note->text().trimmed();
}

void ReviewStatusBar::clearNote()
{
    m_note->clear();
}

QString ReviewStatusBar::progressText() const
{
    return m_progress->text();
}

QString ReviewStatusBar::stateText() const
{
    return m_state->text();
}

QString ReviewStatusBar::readOnlyText() const
{
    return m_readOnly->isHidden() ? QString() : m_readOnly->text();
}

} // namespace herb
