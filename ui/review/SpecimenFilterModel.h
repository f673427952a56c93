#pragma once

#include "review/ReviewStatus.h"

#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace herb {

// The rows the Specimens tab shows: all, or those that pass every filter set: failed, flagged
// (records with a trust flag, core/trust), a review verdict, a field left empty.
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
    // Only records with this verdict; nullopt: any.
    void setReviewStatus(std::optional<ReviewStatus> status);
    std::optional<ReviewStatus> reviewStatus() const { return m_reviewStatus; }
    // Only records whose reviewed value of `term` is empty (a column to fill in); an empty term
    // filters nothing. `isEmpty(specimenId, term)` answers with the corrections applied.
    using FieldEmptyTest = std::function<bool(const QString &specimenId, const QString &term)>;
    void setFieldEmptyTest(FieldEmptyTest test) { m_isFieldEmpty = std::move(test); }
    void setEmptyField(const QString &term);
    QString emptyField() const { return m_emptyField; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_failedOnly = false;
    bool m_flaggedOnly = false;
    std::optional<ReviewStatus> m_reviewStatus;
    QString m_emptyField;
    FieldEmptyTest m_isFieldEmpty;
};

} // namespace herb
