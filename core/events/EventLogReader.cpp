#include "EventLogReader.h"

#include "LegacyEventLine.h"

#include <QDir>
#include <QFileInfo>

#include <simdjson.h>

#include <cstring>
#include <limits>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

namespace herb {

namespace {

// How much of the log's start is kept to recognise it: more than a timestamp and a run id.
constexpr qint64 kFingerprintBytes = 160;

QString displayName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("standard input")
                                      : QDir::toNativeSeparators(path);
}

} // namespace

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
    result.legacyFormat = reader.isLegacyFormat();
    return result;
}

EventLogReader::Result
EventLogReader::scan(const QString &path,
                     const std::function<void(std::vector<Event> &events)> &visit)
{
    Result result;
    EventLogReader reader(path);
    reader.m_visit = visit;
    std::vector<Event> events;
    if (!reader.readAvailable(events, result.corruptions, &result.error))
        return result;
    result.tornTail = reader.hasTornTail();
    result.legacyFormat = reader.isLegacyFormat();
    return result;
}

bool EventLogReader::open(QString *error)
{
    const bool opened = m_path == QLatin1String("-")
        ? m_file.open(0, QIODevice::ReadOnly) // standard input
        : (m_file.setFileName(m_path), m_file.open(QIODevice::ReadOnly));
    if (!opened && error)
        *error = QStringLiteral("%1: %2").arg(displayName(m_path), m_file.errorString());
    return opened;
}

void EventLogReader::restart()
{
    m_offset = 0;
    m_lineNumber = 0;
    m_tornTail = false;
    m_format = Format::Unknown;
    m_firstLine.clear();
    m_restarted = true;
}

bool EventLogReader::checkSameLog(qint64 size, QString *error)
{
#if defined(Q_OS_UNIX)
    // The path may now name another file (renamed away, deleted, or replaced): the open
    // descriptor still reads the old one, which nobody writes any more.
    struct stat named
    {
    }, opened {};
    if (::stat(QFile::encodeName(m_path).constData(), &named) != 0) {
        m_gone = true;
        if (error)
            *error = QStringLiteral("%1: the log was deleted or renamed while it was followed")
                         .arg(displayName(m_path));
        return false;
    }
    if (::fstat(m_file.handle(), &opened) == 0
        && (named.st_ino != opened.st_ino || named.st_dev != opened.st_dev)) {
        m_file.close();
        if (!open(error))
            return false;
        restart();
        return true;
    }
#else
    if (!QFileInfo::exists(m_path)) {
        m_gone = true;
        if (error)
            *error = QStringLiteral("%1: the log was deleted or renamed while it was followed")
                         .arg(displayName(m_path));
        return false;
    }
#endif
    // We only ever consume whole lines, and a writer's tail repair cuts only a partial line
    // after them: a file shorter than what we read, or one that starts differently, was
    // truncated and written again.
    if (size < m_offset) {
        restart();
        return true;
    }
    if (!m_firstLine.isEmpty() && size >= m_firstLine.size()) {
        if (!m_file.seek(0)) {
            if (error)
                *error = m_file.errorString();
            return false;
        }
        if (m_file.read(m_firstLine.size()) != m_firstLine)
            restart();
    }
    return true;
}

bool EventLogReader::readAvailable(std::vector<Event> &events,
                                   std::vector<LogCorruption> &corruptions, QString *error)
{
    if (!m_file.isOpen()) {
        if (m_gone) {
            if (error)
                *error = QStringLiteral("%1: the log is gone").arg(displayName(m_path));
            return false;
        }
        if (!open(error))
            return false;
    } else if (!m_file.isSequential() && !checkSameLog(m_file.size(), error)) {
        if (m_gone)
            m_file.close();
        return false;
    }
    const bool sequential = m_file.isSequential();
    // A pipe's size is 0: it is read until its writer closes it.
    const qint64 size = sequential ? std::numeric_limits<qint64>::max() : m_file.size();
    if (size == m_offset) {
        m_tornTail = false;
        return true;
    }
    if (!sequential && !m_file.seek(m_offset)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    // Read in chunks into one reused buffer: a 400 MB log then costs 8 MB of memory, and the
    // page faults of one huge buffer (most of the time in a VM) go away.
    constexpr qint64 kChunk = 8 << 20;
    if (!sequential && !m_visit)
        events.reserve(events.size() + size_t((size - m_offset) / 256));
    qint64 remaining = size - m_offset;
    qint64 carried = 0; // bytes of an unfinished line at the start of m_buffer
    while (remaining > 0) {
        const qint64 want = qMin(remaining, kChunk);
        m_buffer.resize(carried + want + qsizetype(simdjson::SIMDJSON_PADDING));
        const qint64 got = m_file.read(m_buffer.data() + carried, want);
        if (got == 0 && sequential)
            break; // the writer closed the pipe
        if (got <= 0) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(displayName(m_path), m_file.errorString());
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
        if (m_offset == 0 && complete > 0)
            m_firstLine = QByteArray(data, qMin(complete, kFingerprintBytes));
        parseLines(data, complete, filled + qint64(simdjson::SIMDJSON_PADDING), events,
                   corruptions);
        if (m_visit) {
            m_visit(events);
            events.clear();
        }
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
        if (length > 0)
            parseLine(data + pos, length, capacity - pos, events, corruptions);
        pos = end + 1;
    }
}

void EventLogReader::parseLine(const char *line, qint64 length, qint64 capacity,
                               std::vector<Event> &events, std::vector<LogCorruption> &corruptions)
{
    const QByteArrayView view(line, length);
    if (m_format == Format::Unknown)
        m_format = LegacyEventLine::looksLegacy(view) ? Format::Legacy : Format::Current;
    Event event;
    QString message;
    bool parsed = false;
    if (m_format == Format::Legacy) {
        // Old logs are small and rare: rewritten line by line into today's format.
        if (const auto current = LegacyEventLine::toCurrent(view, m_lineNumber, &message))
            parsed = m_parser.parse(*current, event, &message);
    } else {
        parsed = m_parser.parse(
            line, size_t(length),
            size_t(qMin<qint64>(capacity, length + qint64(simdjson::SIMDJSON_PADDING))), event,
            &message);
    }
    if (parsed)
        events.push_back(std::move(event));
    else
        corruptions.push_back(LogCorruption { m_lineNumber, message });
}

} // namespace herb
