#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace herb {

// The instructions sent with every image: a single text file (sent as the user message), or a
// pair NAME.system.prompt + NAME.user.prompt, a convention of herbarium prompt libraries
// (either file of the pair, or their common stem NAME, selects the pair). Without a path, the
// built-in prompt (resources/prompts) is used.
class Prompt
{
    Q_DECLARE_TR_FUNCTIONS(Prompt)

public:
    // nullopt with a message naming the file when a file is missing, unreadable, empty or
    // not UTF-8 text.
    static std::optional<Prompt> load(const QString &path, QString *error);
    static Prompt builtIn();

    QString system() const { return m_system; }
    QString user() const { return m_user; }
    QString displayPath() const { return m_displayPath; } // "built-in" for the default
    QStringList files() const { return m_files; }
    // Of exactly what is sent: the system text, a NUL byte, the user text (UTF-8).
    QString sha256() const;
    qint64 sizeBytes() const;

    // What preflight shows before anything runs.
    QStringList dwcTermsNamed() const; // Darwin Core terms that appear in the text
    bool asksForJson() const;
    QStringList warnings() const;

private:
    QString m_system;
    QString m_user;
    QString m_displayPath;
    QStringList m_files;
};

} // namespace herb
