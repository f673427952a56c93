#pragma once

#include <QString>

namespace herb {

// A run's identity, e.g. "20261127T205102Z-3f9c": the UTC start time (sorts and reads well in a
// folder listing) and four random hex digits so two runs started in the same second differ.
QString makeRunId(qint64 msSinceEpoch);

} // namespace herb
