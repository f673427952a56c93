#include "Prompt.h"

#include "dwc/DwcTerms.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace herb {

namespace {

const QString kSystemSuffix = QStringLiteral(".system.prompt");
const QString kUserSuffix = QStringLiteral(".user.prompt");

std::optional<QString> readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Prompt::tr("%1: cannot read the prompt: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = Prompt::tr("%1: the prompt is not UTF-8 text")
                         .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // A prompt saved on Windows (or checked out there with CRLF) must reach the model, and the
    // prompt's hash, the same as on Linux and macOS: no carriage return in the text.
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = Prompt::tr("%1: the prompt is empty").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return text.trimmed();
}

// "x.system.prompt", "x.user.prompt" or "x" (with the pair beside it) → "x"; otherwise empty.
QString pairStem(const QString &path)
{
    if (path.endsWith(kSystemSuffix))
        return path.chopped(kSystemSuffix.size());
    if (path.endsWith(kUserSuffix))
        return path.chopped(kUserSuffix.size());
    if (!QFileInfo(path).isFile() && QFileInfo::exists(path + kUserSuffix))
        return path;
    return {};
}

} // namespace

std::optional<Prompt> Prompt::load(const QString &path, QString *error)
{
    Prompt prompt;
    const QString stem = pairStem(path);
    if (!stem.isEmpty()) {
        const auto system = readText(stem + kSystemSuffix, error);
        if (!system)
            return std::nullopt;
        const auto user = readText(stem + kUserSuffix, error);
        if (!user)
            return std::nullopt;
        prompt.m_system = *system;
        prompt.m_user = *user;
        prompt.m_files = { stem + kSystemSuffix, stem + kUserSuffix };
        prompt.m_displayPath
            = QDir::toNativeSeparators(stem) + QLatin1String(".{system,user}.prompt");
        return prompt;
    }
    const auto text = readText(path, error);
    if (!text)
        return std::nullopt;
    prompt.m_user = *text;
    prompt.m_files = { path };
    prompt.m_displayPath = QDir::toNativeSeparators(path);
    return prompt;
}

Prompt Prompt::builtIn()
{
    auto read = [](const QString &resource) {
        QFile file(resource);
        file.open(QIODevice::ReadOnly);
        return QString::fromUtf8(file.readAll()).trimmed();
    };
    Prompt prompt;
    prompt.m_system = read(QStringLiteral(":/prompts/default.system.prompt"));
    prompt.m_user = read(QStringLiteral(":/prompts/default.user.prompt"));
    prompt.m_displayPath = QStringLiteral("built-in");
    return prompt;
}

QString Prompt::sha256() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_system.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(m_user.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

qint64 Prompt::sizeBytes() const
{
    return m_system.toUtf8().size() + m_user.toUtf8().size();
}

QStringList Prompt::dwcTermsNamed() const
{
    const QString text = m_system + QLatin1Char('\n') + m_user;
    QStringList named;
    for (const QString &term : DwcTerms::occurrenceCore().names()) {
        const QRegularExpression word(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(term)));
        if (text.contains(word))
            named << term;
    }
    return named;
}

bool Prompt::asksForJson() const
{
    return m_system.contains(QLatin1String("json"), Qt::CaseInsensitive)
        || m_user.contains(QLatin1String("json"), Qt::CaseInsensitive);
}

QStringList Prompt::warnings() const
{
    QStringList warnings;
    if (!asksForJson())
        warnings << tr("the prompt never asks for JSON: the model may answer prose");
    const QStringList named = dwcTermsNamed();
    int core = 0;
    for (const QString &term : DwcTerms::coreFieldTerms())
        core += named.contains(term) ? 1 : 0;
    if (core < 3)
        warnings << tr("the prompt names %1 of the 7 core Darwin Core terms (catalogNumber, "
                       "scientificName, eventDate, recordedBy, recordNumber, locality, habitat)")
                        .arg(core);
    return warnings;
}

} // namespace herb
