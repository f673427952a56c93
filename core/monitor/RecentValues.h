#pragma once

#include <QtGlobal>

#include <vector>

namespace herb {

// The last `capacity` values of a stream, oldest overwritten first: latency percentiles and
// the stall interval's median stay cheap and bounded however long a run goes (a vector of every
// latency would grow by 8 bytes per specimen on the bus thread, with a reallocation now and then).
class RecentValues
{
public:
    explicit RecentValues(size_t capacity = 4096)
        : m_capacity(capacity)
    {
        m_values.reserve(capacity);
    }

    void push(qint64 value)
    {
        if (m_values.size() < m_capacity) {
            m_values.push_back(value);
            return;
        }
        m_values[m_next] = value;
        m_next = (m_next + 1) % m_capacity;
    }
    void clear()
    {
        m_values.clear();
        m_next = 0;
    }
    bool empty() const { return m_values.empty(); }
    size_t size() const { return m_values.size(); }
    // In no particular order (what percentiles and histograms need).
    const std::vector<qint64> &values() const { return m_values; }

private:
    size_t m_capacity;
    std::vector<qint64> m_values;
    size_t m_next = 0;
};

} // namespace herb
