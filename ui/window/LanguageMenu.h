#pragma once

#include <QMenu>

class QActionGroup;

namespace herb {

// Settings > Language: System default, English, Français, as exclusive radio actions. The
// choice is stored (AppSettings::setLanguage) and takes effect at the next start, which a
// message says; rebuilding every widget's text live is not worth its cost here.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The action for "" (system), "en" or "fr".
    QAction *actionFor(const QString &language) const;

Q_SIGNALS:
    void languageChosen(const QString &language);

private:
    void choose(const QString &language);

    QActionGroup *m_group;
};

} // namespace herb
