#include "EventLogReader.h"

#include <QDir>

#include <simdjson.h>

#include <cstring>

namespace herb {

EventLogReader::EventLogReader(QString path)
    : m_path(std::move(path))
{ }

EventLogReader::Result EventLogReader::readAll(const QString &path)
{
    Result result;
    EventLogReader reader(path);
    if (!reader.readAvailable(result.events, result.corruptions, &result.error))
        return result;
    result.tornTail = reader.hasTornTail();
    return result;
}

bool EventLogReader::readAvailable(std::vector<Event> &events,
                                   std::vector<LogCorruption> &corruptions, QString *error)
{
    if (!m_file.isOpen()) {
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                                      m_file.errorString());
            return false;
        }
    }
    const qint64 size = m_file.size();
    if (size < m_offset) {
        // We only ever consume whole lines, and a writer's tail repair cuts only a partial line
        // after them: a file shorter than what we read was replaced. Start over.
        m_offset = 0;
        m_lineNumber = 0;
    }
    if (size == m_offset) {
        m_tornTail = false;
        return true;
    }
    if (!m_file.seek(m_offset)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    // Read in chunks into one reused buffer: a 400 MB log then costs 8 MB of memory, and the
    // page faults of one huge buffer (most of the time in a VM) go away.
    constexpr qint64 kChunk = 8 << 20;
    events.reserve(events.size() + size_t((size - m_offset) / 256));
    qint64 remaining = size - m_offset;
    qint64 carried = 0; // bytes of an unfinished line at the start of m_buffer
    while (remaining > 0) {
        const qint64 want = qMin(remaining, kChunk);
        m_buffer.resize(carried + want + qsizetype(simdjson::SIMDJSON_PADDING));
        const qint64 got = m_file.read(m_buffer.data() + carried, want);
        if (got <= 0) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                                      m_file.errorString());
            return false;
        }
        remaining -= got;
        const qint64 filled = carried + got;
        std::memset(m_buffer.data() + filled, 0, simdjson::SIMDJSON_PADDING);
        // Consume only up to the last '\n'; a partial line waits for more bytes.
        const char *data = m_buffer.constData();
        qint64 complete = filled;
        while (complete > 0 && data[complete - 1] != '\n')
            --complete;
        parseLines(data, complete, filled + qint64(simdjson::SIMDJSON_PADDING), events,
                   corruptions);
        m_offset += complete;
        carried = filled - complete;
        if (carried > 0 && complete > 0)
            std::memmove(m_buffer.data(), m_buffer.data() + complete, size_t(carried));
    }
    m_tornTail = carried > 0;
    return true;
}

void EventLogReader::parseLines(const char *data, qint64 size, qint64 capacity,
                                std::vector<Event> &events, std::vector<LogCorruption> &corruptions)
{
    qint64 pos = 0;
    while (pos < size) {
        const auto *newline
            = static_cast<const char *>(std::memchr(data + pos, '\n', size_t(size - pos)));
        const qint64 end = newline ? newline - data : size;
        ++m_lineNumber;
        qint64 length = end - pos;
        if (length > 0 && data[pos + length - 1] == '\r')
            --length; // a log copied through Windows tools
        if (length > 0) {
            Event event;
            QString message;
            if (m_parser.parse(data + pos, size_t(length),
                               size_t(qMin<qint64>(capacity - pos,
                                                   length + qint64(simdjson::SIMDJSON_PADDING))),
                               event, &message))
                events.push_back(std::move(event));
            else
                corruptions.push_back(LogCorruption { m_lineNumber, message });
        }
        pos = end + 1;
    }
}

} // namespace herb
