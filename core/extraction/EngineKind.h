#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace herb {

// Which engine reads the sheets. Named only where a run is described in words: the command
// line (--engine), the settings, run.json and extraction.started.
enum class EngineKind : quint8
{
    OpenAi, // a vision model behind an OpenAI-compatible endpoint: "openai"
    Tesseract, // offline OCR: "tesseract"
};

QString engineKindName(EngineKind kind);
// Nothing for a name that is not an engine's.
std::optional<EngineKind> engineKindFromName(const QString &name);

} // namespace herb
