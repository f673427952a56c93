// libFuzzer target: the events.jsonl line parser (replay, --follow, the GUI's log view, resume).
// Every line of the input is parsed as EventLogReader parses it, from a buffer with simdjson's
// padding after it. What parses must also survive the writer: an event the reader accepts is
// written and read back, as a resumed run does with the events of the sessions before it.
#include "EventJson.h"

#include <simdjson.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static herb::EventLineParser parser;
    std::vector<char> buffer(size + simdjson::SIMDJSON_PADDING, '\0');
    if (size > 0)
        std::memcpy(buffer.data(), data, size);
    size_t start = 0;
    while (start < size) {
        const void *newline = std::memchr(buffer.data() + start, '\n', size - start);
        const size_t end
            = newline ? size_t(static_cast<const char *>(newline) - buffer.data()) : size;
        herb::Event event;
        QString error;
        if (parser.parse(buffer.data() + start, end - start, buffer.size() - start, event,
                         &error)) {
            const std::string line = herb::eventLine(event);
            herb::Event again;
            if (!parser.parse(QByteArrayView(line.data(), qsizetype(line.size()) - 1), again,
                              &error))
                std::abort(); // the writer wrote a line its own reader refuses
        }
        start = end + 1;
    }
    return 0;
}
