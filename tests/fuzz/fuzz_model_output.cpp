// libFuzzer target: the model-output parser, which reads whatever text a vision model (or a
// server pretending to be one) answers, and the truncation that stores it in records.jsonl.
#include "ModelOutputParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const herb::ModelOutputParser parser;
    const QString answer = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const herb::ParsedModelOutput parsed = parser.parse(answer);
    if (!parsed.ok && parsed.errorKind == herb::ErrorKind::None)
        std::abort(); // a failure must say what kind it is

    // The stored answer: never more bytes than asked, always whole characters.
    const qsizetype limit = size > 0 ? qsizetype(data[0]) : 0;
    bool truncated = false;
    const QString stored = herb::ModelOutputParser::truncateForStorage(answer, limit, &truncated);
    const QByteArray bytes = stored.toUtf8();
    if (bytes.size() > limit && truncated)
        std::abort();
    if (!truncated && stored != answer)
        std::abort();
    return 0;
}
