#pragma once

#include "Event.h"

#include <memory>
#include <string>

namespace herb {

// Appends one events.jsonl line (with its '\n') for the event. The top-level names are the
// original design's, so its jq recipes run unchanged:
// {"event_type":…,"timestamp":…,"run_id":…,"seq":…,"data":{…}}
void appendEventLine(std::string &out, const Event &event);
std::string eventLine(const Event &event);

// Parses events.jsonl lines back into events. Holds a simdjson parser; one per thread.
class EventLineParser
{
public:
    EventLineParser();
    ~EventLineParser();
    EventLineParser(const EventLineParser &) = delete;
    EventLineParser &operator=(const EventLineParser &) = delete;

    // `line` excludes the '\n'. `capacity` is how many bytes may be read from `line` on:
    // simdjson reads up to 64 bytes past the end, so pass the rest of a padded buffer.
    bool parse(const char *line, size_t length, size_t capacity, Event &out, QString *error);
    // Convenience for single lines of any origin; copies into a padded buffer.
    bool parse(QByteArrayView line, Event &out, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace herb
