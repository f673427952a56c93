#include "review/SpecimenFilterModel.h"

#include "review/SpecimenListModel.h"

namespace herb {

SpecimenFilterModel::SpecimenFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void SpecimenFilterModel::setFailedOnly(bool on)
{
    if (m_failedOnly == on)
        return;
    m_failedOnly = on;
    invalidateFilter();
}

void SpecimenFilterModel::setFlaggedOnly(bool on)
{
    if (m_flaggedOnly == on)
        return;
    m_flaggedOnly = on;
    invalidateFilter();
}

bool SpecimenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_failedOnly
        && index.data(SpecimenListModel::StatusRole).toInt()
            != int(SpecimenListModel::Status::Failed))
        return false;
    if (m_flaggedOnly && !index.data(SpecimenListModel::FlaggedRole).toBool())
        return false;
    if (m_reviewStatus
        && index.data(SpecimenListModel::ReviewStatusRole).toInt() != int(*m_reviewStatus))
        return false;
    if (!m_emptyField.isEmpty() && m_isFieldEmpty) {
        const QString id = index.data(SpecimenListModel::SpecimenIdRole).toString();
        if (!m_isFieldEmpty(id, m_emptyField))
            return false;
    }
    return true;
}

void SpecimenFilterModel::setReviewStatus(std::optional<ReviewStatus> status)
{
    if (m_reviewStatus == status)
        return;
    m_reviewStatus = status;
    invalidateFilter();
}

void SpecimenFilterModel::setEmptyField(const QString &term)
{
    if (m_emptyField == term)
        return;
    m_emptyField = term;
    invalidateFilter();
}

} // namespace herb
