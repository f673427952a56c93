#include "review/ReviewExportDialog.h"

#include "review/ReviewedExport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace herb {

ReviewExportDialog::ReviewExportDialog(const QString &runFolder, QWidget *parent)
    : QDialog(parent)
    , m_runFolder(runFolder)
    , m_approvedOnly(new QCheckBox(tr("&Approved records only"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export Reviewed Records"));
    auto *explanation = new QLabel(
        tr("Writes occurrence.csv, dwca.zip and eml.xml in %1 again, with the corrections of "
           "reviews.jsonl applied and rejected records left out.")
            .arg(QDir::toNativeSeparators(runFolder)),
        this);
    explanation->setWordWrap(true);
    m_approvedOnly->setObjectName(QStringLiteral("approvedOnly"));
    m_approvedOnly->setToolTip(
        tr("Leave out every record a person has not approved (for a data set published as "
           "checked)"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReviewExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_approvedOnly);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
}

void ReviewExportDialog::setApprovedOnly(bool approvedOnly)
{
    m_approvedOnly->setChecked(approvedOnly);
}

bool ReviewExportDialog::exportNow()
{
    ReviewedExportOptions options;
    options.runFolder = m_runFolder;
    options.approvedOnly = m_approvedOnly->isChecked();
    ReviewedExportSummary summary;
    QString error;
    if (!exportReviewedRun(options, &summary, &error)) {
        m_result->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_result->setText(tr("Nothing was exported: %1").arg(error));
        return false;
    }
    m_result->setStyleSheet({});
    QString text = summary.exported == 1 ? tr("1 record exported")
                                         : tr("%1 records exported").arg(summary.exported);
    text += tr(": %1 corrected, %2 rejected left out").arg(summary.corrected).arg(summary.rejected);
    if (options.approvedOnly)
        text += tr(", %1 not approved left out").arg(summary.notApproved);
    m_result->setText(text + QLatin1Char('.'));
    return true;
}

QString ReviewExportDialog::resultText() const
{
    return m_result->text();
}

} // namespace herb
