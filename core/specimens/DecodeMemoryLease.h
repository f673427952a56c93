#pragma once

#include <QtGlobal>

namespace herb {

// Permission to decode one image that needs more memory than Qt's allocation limit allows.
//
// Qt refuses to allocate a decoded image above QImageReader::allocationLimit() (128 MB by
// default), and in Qt 6.4 that limit is one process-wide number, not a per-reader setting.
// Formats that cannot scale while decoding (TIFF, PNG) must hold the whole image: a
// 100-megapixel TIFF needs 400 MB as 32-bit pixels, plus the scaled copy. A lease reserves its
// bytes from a process-wide budget, so two workers decoding large masters together stay within
// it (a third waits for one of them to finish), and raises Qt's limit while any lease is held,
// restoring it when the last one ends. Callers check the image's size from its header first:
// the raised limit never stands in for that check.
class DecodeMemoryLease
{
public:
    // Blocks while the budget is taken by other leases. `bytes` above `budgetBytes` never
    // fits: the lease is then not granted (isGranted() is false) and nothing changes.
    DecodeMemoryLease(qint64 bytes, qint64 budgetBytes);
    ~DecodeMemoryLease();
    Q_DISABLE_COPY_MOVE(DecodeMemoryLease)

    bool isGranted() const { return m_granted; }

private:
    qint64 m_bytes = 0;
    bool m_granted = false;
};

} // namespace herb
