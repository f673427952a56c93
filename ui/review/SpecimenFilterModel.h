#pragma once

#include <QSortFilterProxyModel>

namespace herb {

// The rows the Specimens tab shows: all, the failed ones, the flagged ones (records with a
// trust flag, core/trust), or both filters at once.
class SpecimenFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpecimenFilterModel)

public:
    explicit SpecimenFilterModel(QObject *parent = nullptr);

    void setFailedOnly(bool on);
    void setFlaggedOnly(bool on);
    bool failedOnly() const { return m_failedOnly; }
    bool flaggedOnly() const { return m_flaggedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failedOnly = false;
    bool m_flaggedOnly = false;
};

} // namespace herb
