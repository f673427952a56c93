#include "EngineKind.h"

namespace herb {

QString engineKindName(EngineKind kind)
{
    switch (kind) {
    case EngineKind::OpenAi:
        return QStringLiteral("openai");
    case EngineKind::Tesseract:
        return QStringLiteral("tesseract");
    }
    return {};
}

std::optional<EngineKind> engineKindFromName(const QString &name)
{
    for (const EngineKind kind : { EngineKind::OpenAi, EngineKind::Tesseract }) {
        if (name == engineKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace herb
