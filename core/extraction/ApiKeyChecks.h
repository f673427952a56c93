#pragma once

#include <QString>

namespace herb {

// Checks on how the API key is given (issue 16 §5). Neither message ever repeats the value it
// checks: a value in the wrong place is often the key itself.

// Empty when `name` can be an environment variable's name ([A-Za-z_][A-Za-z0-9_]*), else a
// user-facing sentence (a key pasted where the variable's name belongs is named as such).
QString apiKeyEnvNameProblem(const QString &name);

// Empty when `key` can be sent in an Authorization header; else why not. A CR or LF (a key
// copied with its line end) would end the header early or be refused by the server.
QString apiKeyProblem(const QString &key);

} // namespace herb
