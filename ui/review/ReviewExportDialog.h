#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace herb {

// File > Export Reviewed Records: occurrence.csv, dwca.zip and eml.xml of the run folder made
// again with the curators' corrections applied and rejected records left out, optionally with
// approved records only (`herbstream export`). A review trail with a line that cannot be read
// refuses the export and says which line.
class ReviewExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewExportDialog)

public:
    explicit ReviewExportDialog(const QString &runFolder, QWidget *parent = nullptr);

    void setApprovedOnly(bool approvedOnly);
    // Writes the exports; false when refused (the dialog says why). Bound to the OK button.
    bool exportNow();
    QString resultText() const;

private:
    QString m_runFolder;
    QCheckBox *m_approvedOnly;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace herb
