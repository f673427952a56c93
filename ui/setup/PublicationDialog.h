#pragma once

#include "dwc/DwcExportSettings.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace herb {

struct RunOption;

// Settings > Publication…: what every run publishes under (DwcExportSettings), one field per
// Publication option of the table (PublicationOptions.h), so the window and the command line
// name the same things. The licence is a choice of the three GBIF accepts; the description is
// a text box. Fields are named after their command-line option (objectName "dataset-title").
class PublicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicationDialog)

public:
    explicit PublicationDialog(const DwcExportSettings &settings, QWidget *parent = nullptr);

    DwcExportSettings settings() const;

private:
    struct Field
    {
        const RunOption *option;
        QLineEdit *edit;
    };

    DwcExportSettings m_initial; // what the fields do not show (pubDate)
    QComboBox *m_licence;
    QPlainTextEdit *m_description;
    std::vector<Field> m_fields;
};

} // namespace herb
