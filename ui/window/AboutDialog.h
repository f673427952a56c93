#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QTreeWidget;

namespace herb {

// Help > About Herbstream: the version, the licence, the third-party components shipped with
// the program and their licences, and where the settings and the run logs are kept.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    struct Component
    {
        QString name;
        QString licence; // SPDX expression
        QString url;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    // Every library the executable links or loads, in the order the dialog lists them.
    static QList<Component> thirdPartyComponents();
    // The file QSettings writes the window's settings to (never a secret: see AppSettings).
    static QString settingsLocation();

    QString versionText() const;
    QString licenceText() const;
    QString filesText() const;

private:
    QLabel *m_version;
    QLabel *m_licence;
    QLabel *m_files;
    QTreeWidget *m_components;
};

} // namespace herb
