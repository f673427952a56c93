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
    return !m_flaggedOnly || index.data(SpecimenListModel::FlaggedRole).toBool();
}

} // namespace herb
