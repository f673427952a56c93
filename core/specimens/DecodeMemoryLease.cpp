#include "DecodeMemoryLease.h"

#include <QImageReader>

#include <algorithm>
#include <condition_variable>
#include <limits>
#include <mutex>

namespace herb {

namespace {

struct LeaseState
{
    std::mutex mutex;
    std::condition_variable released;
    qint64 bytesInUse = 0;
    int leases = 0;
    int savedLimitMb = 0; // Qt's limit before the first of the current leases
    int raisedLimitMb = 0;
};

LeaseState &state()
{
    static LeaseState instance;
    return instance;
}

int megabytesFor(qint64 bytes)
{
    constexpr qint64 kMb = 1024 * 1024;
    return int(std::min<qint64>((bytes + kMb - 1) / kMb + 1, std::numeric_limits<int>::max()));
}

} // namespace

DecodeMemoryLease::DecodeMemoryLease(qint64 bytes, qint64 budgetBytes)
    : m_bytes(bytes)
{
    if (bytes <= 0 || bytes > budgetBytes)
        return;
    LeaseState &s = state();
    std::unique_lock lock(s.mutex);
    s.released.wait(lock, [&] { return s.bytesInUse + bytes <= budgetBytes; });
    if (s.leases == 0) {
        s.savedLimitMb = QImageReader::allocationLimit();
        s.raisedLimitMb = s.savedLimitMb;
    }
    ++s.leases;
    s.bytesInUse += bytes;
    const int needed = megabytesFor(bytes);
    // 0 means "no limit" to Qt: nothing to raise then.
    if (s.raisedLimitMb != 0 && s.raisedLimitMb < needed) {
        s.raisedLimitMb = needed;
        QImageReader::setAllocationLimit(needed);
    }
    m_granted = true;
}

DecodeMemoryLease::~DecodeMemoryLease()
{
    if (!m_granted)
        return;
    LeaseState &s = state();
    {
        const std::lock_guard lock(s.mutex);
        s.bytesInUse -= m_bytes;
        if (--s.leases == 0 && s.raisedLimitMb != s.savedLimitMb)
            QImageReader::setAllocationLimit(s.savedLimitMb);
    }
    s.released.notify_all();
}

} // namespace herb
