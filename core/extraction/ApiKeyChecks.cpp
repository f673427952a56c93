#include "ApiKeyChecks.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace herb {

namespace {
bool looksLikeAKey(const QString &value)
{
    // Providers' key prefixes (OpenRouter sk-or-, OpenAI sk-, Anthropic sk-ant-, ...), or a
    // long run of characters no variable name would have.
    return value.startsWith(QLatin1String("sk-")) || value.size() >= 32;
}
} // namespace

QString apiKeyEnvNameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (valid.match(name).hasMatch())
        return {};
    if (looksLikeAKey(name))
        return QCoreApplication::translate(
            "ApiKeyChecks",
            "--api-key-env takes the name of the environment variable that holds the key, not "
            "the key itself (the value given looks like a key; it is not shown). Put the key in "
            "a variable, e.g. OPENROUTER_API_KEY, and give its name.");
    return QCoreApplication::translate(
        "ApiKeyChecks",
        "--api-key-env takes the name of an environment variable: letters, digits and _, not "
        "starting with a digit.");
}

QString apiKeyProblem(const QString &key)
{
    if (key.contains(QLatin1Char('\r')) || key.contains(QLatin1Char('\n')))
        return QCoreApplication::translate(
            "ApiKeyChecks",
            "The API key contains a line break (CR or LF), as a key copied with its line end "
            "does: set it again without it.");
    return {};
}

} // namespace herb
