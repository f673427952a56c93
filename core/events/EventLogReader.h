#pragma once

#include "Event.h"
#include "EventJson.h"

#include <QFile>
#include <QString>

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
class EventLogReader
{
public:
    explicit EventLogReader(QString path);

    struct Result
    {
        std::vector<Event> events;
        std::vector<LogCorruption> corruptions;
        bool tornTail = false; // the file ends in a partial line
        QString error; // the file could not be read at all
    };

    // Everything in the file, in one go.
    static Result readAll(const QString &path);

    // Appends the events of the complete lines added since the last call. Returns false when
    // the file cannot be read (missing, permissions); `error` says why. A file that shrank
    // (tail repair) or was replaced is followed from its new end or its start.
    bool readAvailable(std::vector<Event> &events, std::vector<LogCorruption> &corruptions,
                       QString *error);
    bool hasTornTail() const { return m_tornTail; }
    QString path() const { return m_path; }
    qint64 offset() const { return m_offset; }

private:
    void parseLines(const char *data, qint64 size, qint64 capacity, std::vector<Event> &events,
                    std::vector<LogCorruption> &corruptions);

    QString m_path;
    QFile m_file;
    qint64 m_offset = 0; // bytes consumed: always just past a '\n'
    qint64 m_lineNumber = 0;
    bool m_tornTail = false;
    EventLineParser m_parser;
    QByteArray m_buffer;
};

} // namespace herb
