#include "RunNameChecks.h"

#include "RecordStore.h"
#include "RunConfig.h"
#include "trust/GbifNameMatcher.h"

#include <QStandardPaths>

namespace herb {

RunNameChecks::RunNameChecks(const RunConfig &config, RecordStore &records, QObject *parent)
    : QObject(parent)
    , m_records(records)
{
    GbifNameMatcher::Options options;
    options.baseUrl = config.trust.gbifUrl;
    options.cacheFolder = config.gbifCacheFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            + QLatin1String("/gbif-species-match")
        : config.gbifCacheFolder;
    m_matcher = new GbifNameMatcher(options, this);
    // A resumed run's window: the matches already in its last records.
    const qsizetype total = m_records.finalSuccessCount();
    QString error;
    m_records.forEachFinalSuccess(
        qMax<qsizetype>(0, total - UnknownNamesCheck::kWindow),
        [this](const SpecimenRecord &record) { m_window.seed(record); }, &error);
    connect(m_matcher, &GbifNameMatcher::matched, this, &RunNameChecks::onMatched);
    // Said once, never an error: the run goes on without the check.
    connect(m_matcher, &GbifNameMatcher::offline, this,
            [this](const QString &why) { Q_EMIT notice(tr("Note: %1").arg(why)); });
    connect(m_matcher, &GbifNameMatcher::idle, this, &RunNameChecks::idle);
}

void RunNameChecks::lookup(const QString &specimenId, const QString &scientificName)
{
    m_matcher->lookup(specimenId, scientificName);
}

bool RunNameChecks::isIdle() const
{
    return m_matcher->isIdle();
}

void RunNameChecks::onMatched(const QString &specimenId, const GbifMatch &match)
{
    if (m_stopped)
        return;
    const auto found = m_records.finalOutcomes().constFind(specimenId);
    if (!match.answered || found == m_records.finalOutcomes().cend() || !found->success)
        return;
    // The match goes into the record's extra, a NONE flags it: the record is appended again
    // with them (the last line is the final record), as trust flags found later are.
    QString error;
    std::optional<SpecimenRecord> amended = m_records.readRecord(*found, &error);
    if (amended) {
        amended->record.extra.insert(QStringLiteral("gbif"), match.toJson());
        if (match.isNone() && !amended->flags.contains(UnknownNamesCheck::flag()))
            amended->flags.append(UnknownNamesCheck::flag());
    }
    if (!amended || !m_records.append(*amended, &error)) {
        Q_EMIT writeFailed(error);
        return;
    }
    const QString name = amended->record.dwc.value(QStringLiteral("scientificName"));
    if (const auto warning = m_window.push(specimenId, name, match))
        Q_EMIT this->warning(*warning);
}

} // namespace herb
