#include "ReviewStatus.h"

#include <array>

namespace herb {

namespace {

struct StatusName
{
    ReviewStatus status;
    const char *name;
};

constexpr std::array kNames {
    StatusName { ReviewStatus::Unreviewed, "unreviewed" },
    StatusName { ReviewStatus::Approved, "approved" },
    StatusName { ReviewStatus::NeedsAttention, "needs_attention" },
    StatusName { ReviewStatus::Rejected, "rejected" },
};

} // namespace

QString nameOf(ReviewStatus status)
{
    for (const StatusName &entry : kNames) {
        if (entry.status == status)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ReviewStatus> reviewStatusFromName(const QString &name)
{
    for (const StatusName &entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.status;
    }
    return std::nullopt;
}

} // namespace herb
