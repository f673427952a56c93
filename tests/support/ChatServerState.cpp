#include "ChatServerState.h"

namespace herb::test {

QByteArray RecordedRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &lowerName) const
{
    for (const auto &entry : headers) {
        if (entry.first == lowerName)
            return true;
    }
    return false;
}

} // namespace herb::test
