#include "window/LanguageMenu.h"

#include "window/AppSettings.h"

#include <QActionGroup>
#include <QMessageBox>

namespace herb {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setAccessibleName(tr("Interface language"));
    // Each language is named in itself, so a reader finds theirs whatever is showing now.
    const QList<QPair<QString, QString>> choices {
        { QString(), tr("&System Default") },
        { QStringLiteral("en"), QStringLiteral("&English") },
        { QStringLiteral("fr"), QStringLiteral("&Français") },
    };
    const QString current = AppSettings().language();
    for (const auto &choice : choices) {
        // Not a structured binding: clang before 16 cannot capture one in the lambda below.
        const QString language = choice.first;
        QAction *action = addAction(choice.second);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    }
    if (!m_group->checkedAction())
        actionFor(QString())->setChecked(true);
}

QAction *LanguageMenu::actionFor(const QString &language) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toString() == language)
            return action;
    }
    return nullptr;
}

void LanguageMenu::choose(const QString &language)
{
    AppSettings settings;
    if (settings.language() == language)
        return;
    settings.setLanguage(language);
    settings.sync();
    Q_EMIT languageChosen(language);
    // Window-modal but not blocking, so the menu returns at once (and tests are not held).
    auto *box
        = new QMessageBox(QMessageBox::Information, tr("Language"),
                          tr("The new language applies the next time Herbstream starts."),
                          QMessageBox::Ok, parentWidget() ? parentWidget()->window() : nullptr);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace herb
