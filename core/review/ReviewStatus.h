#pragma once

#include <QString>

#include <optional>

namespace herb {

// A curator's verdict on a record (DESIGN.md, "Review and the audit trail"). Every record
// starts unreviewed; the exports leave rejected records out and, on request, keep approved
// ones only.
enum class ReviewStatus
{
    Unreviewed,
    Approved,
    NeedsAttention,
    Rejected
};

// "unreviewed", "approved", "needs_attention", "rejected": the names reviews.jsonl stores.
QString nameOf(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(const QString &name);

} // namespace herb
