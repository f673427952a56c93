#include "window/AboutDialog.h"

#include "herbstream_version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace herb {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

QList<AboutDialog::Component> AboutDialog::thirdPartyComponents()
{
    // Names and licences as the projects state them; THIRD-PARTY-NOTICES has the full texts'
    // references and is installed beside the program.
    return {
        { QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
          QStringLiteral("LGPL-3.0-only"), QStringLiteral("https://www.qt.io/") },
        // Qt Charts is offered under the GPL only (or a commercial licence): the program as
        // distributed is therefore also under GPL-3.0 terms, which the MIT licence allows.
        { QStringLiteral("Qt Charts"), QStringLiteral("GPL-3.0-only"),
          QStringLiteral("https://doc.qt.io/qt-6/qtcharts-index.html") },
        { QStringLiteral("Tesseract OCR"), QStringLiteral("Apache-2.0"),
          QStringLiteral("https://github.com/tesseract-ocr/tesseract") },
        { QStringLiteral("Leptonica"), QStringLiteral("BSD-2-Clause"),
          QStringLiteral("http://www.leptonica.org/") },
        { QStringLiteral("ZBar"), QStringLiteral("LGPL-2.1-or-later"),
          QStringLiteral("https://github.com/mchehab/zbar") },
        { QStringLiteral("simdjson"), QStringLiteral("Apache-2.0 OR MIT"),
          QStringLiteral("https://simdjson.org/") },
        { QStringLiteral("QtKeychain"), QStringLiteral("BSD-3-Clause"),
          QStringLiteral("https://github.com/frankosterfeld/qtkeychain") },
        { QStringLiteral("OpenSSL"), QStringLiteral("Apache-2.0"),
          QStringLiteral("https://www.openssl.org/") },
        { QStringLiteral("libarchive"), QStringLiteral("BSD-2-Clause"),
          QStringLiteral("https://www.libarchive.org/") },
        { QStringLiteral("zlib"), QStringLiteral("Zlib"), QStringLiteral("https://zlib.net/") },
    };
}

QString AboutDialog::settingsLocation()
{
    return QDir::toNativeSeparators(QSettings().fileName());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Herbstream"));
    setAccessibleName(tr("About Herbstream"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/org.herbstream.Herbstream.svg")).pixmap(64, 64));
    icon->setAccessibleName(tr("Herbstream icon"));
    m_version = new QLabel(this);
    m_version->setText(tr("<h2>Herbstream %1</h2><p>Darwin Core records from herbarium sheet "
                          "images, with live run monitoring.</p><p>Built with Qt %2, running "
                          "on Qt %3.</p>")
                           .arg(QStringLiteral(HERBSTREAM_VERSION), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setAccessibleName(tr("Version"));
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(m_version, 1);

    m_licence = wrappedLabel(
        tr("<p>Copyright © 2026 the Herbstream authors.</p><p>Herbstream is free software "
           "under the MIT licence: you may use, copy, modify and distribute it, provided the "
           "copyright notice and the licence are kept. It comes with no warranty.</p><p>The "
           "program as distributed links Qt Charts, which is under the GNU GPL version 3, so "
           "the combined program is distributed under the GPL 3 terms as well.</p><p>The "
           "licence and the third-party notices are installed with the program (LICENSE and "
           "THIRD-PARTY-NOTICES).</p>"),
        this);
    m_licence->setAccessibleName(tr("Licence"));

    m_components = new QTreeWidget(this);
    m_components->setObjectName(QStringLiteral("components"));
    m_components->setAccessibleName(tr("Third-party components"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({ tr("Component"), tr("Licence"), tr("Website") });
    for (const Component &component : thirdPartyComponents())
        new QTreeWidgetItem(m_components, { component.name, component.licence, component.url });
    m_components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_files = wrappedLabel(
        tr("<p><b>Settings</b> (folders, engine, model; never the API key):<br>%1</p>"
           "<p><b>Run logs</b>: every run writes <tt>events.jsonl</tt>, <tt>records.jsonl</tt> "
           "and <tt>run.json</tt> in its output folder. Open a run's <tt>events.jsonl</tt> "
           "with File &gt; Open Run… to watch or replay it.</p>")
            .arg(settingsLocation().toHtmlEscaped()),
        this);
    m_files->setAccessibleName(tr("Files"));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_licence, tr("&Licence"));
    tabs->addTab(m_components, tr("&Components"));
    tabs->addTab(m_files, tr("&Files"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

QString AboutDialog::filesText() const
{
    return m_files->text();
}

} // namespace herb
