#pragma once

#include "Event.h"
#include "EventJson.h"

#include <QFile>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace herb {

// A line that does not parse. The last line of a live or crashed log may be torn (no '\n'
// yet); that is not corruption and is never reported here.
struct LogCorruption
{
    qint64 lineNumber = 0; // 1-based
    QString message;
};

// Reads events.jsonl: a whole log at once (replay) or, called repeatedly, what was appended
// since the last call (following a live log). Only complete lines are consumed, so a torn last
// line waits for its '\n'. Needs no lock: readers never disturb the writer.
// The path may name a pipe or a FIFO (read to its end), or be "-" for standard input. A log of
// the original Python tool (LegacyEventLine.h) is recognised by its first line and read too.
class EventLogReader
{
public:
    explicit EventLogReader(QString path);

    struct Result
    {
        std::vector<Event> events;
        std::vector<LogCorruption> corruptions;
        bool tornTail = false; // the file ends in a partial line
        bool legacyFormat = false; // a log of the original Python tool
        QString error; // the file could not be read at all
    };

    // Everything in the file, in one go.
    static Result readAll(const QString &path);
    // The same, handing the events to `visit` a chunk (8 MB of log) at a time instead of
    // keeping them: what a resume reads of a 100,000-specimen log costs one chunk's events of
    // memory, not the whole log's. The result holds no events.
    static Result scan(const QString &path,
                       const std::function<void(std::vector<Event> &events)> &visit);

    // Appends the events of the complete lines added since the last call. Returns false when
    // the file cannot be read (missing, permissions) or is gone; `error` says why.
    // A log truncated and written again, or another file put in its place, is a new log: it is
    // read from its start and wasRestarted() says so once. A log deleted or renamed while
    // followed is gone (isGone()): following the old file would wait forever.
    bool readAvailable(std::vector<Event> &events, std::vector<LogCorruption> &corruptions,
                       QString *error);
    bool hasTornTail() const { return m_tornTail; }
    bool isLegacyFormat() const { return m_format == Format::Legacy; }
    bool isGone() const { return m_gone; }
    // True once after each new log found in place of the one being read.
    bool takeRestarted() { return std::exchange(m_restarted, false); }
    // A pipe, FIFO or standard input: read to its end, never sought.
    bool isSequential() const { return m_file.isOpen() && m_file.isSequential(); }
    QString path() const { return m_path; }
    qint64 offset() const { return m_offset; }

private:
    enum class Format
    {
        Unknown, // no event line read yet
        Current,
        Legacy,
    };

    bool open(QString *error);
    // Whether the open file is still the log at m_path and still the log that was read.
    bool checkSameLog(qint64 size, QString *error);
    void restart();
    void parseLines(const char *data, qint64 size, qint64 capacity, std::vector<Event> &events,
                    std::vector<LogCorruption> &corruptions);
    void parseLine(const char *line, qint64 length, qint64 capacity, std::vector<Event> &events,
                   std::vector<LogCorruption> &corruptions);

    QString m_path;
    QFile m_file;
    qint64 m_offset = 0; // bytes consumed: always just past a '\n'
    qint64 m_lineNumber = 0;
    bool m_tornTail = false;
    bool m_gone = false;
    bool m_restarted = false;
    Format m_format = Format::Unknown;
    QByteArray m_firstLine; // the log's first bytes, to notice another log in its place
    EventLineParser m_parser;
    QByteArray m_buffer;
    std::function<void(std::vector<Event> &)> m_visit; // scan(): takes each chunk's events
};

} // namespace herb
