#pragma once

#include "dashboard/SuccessRateTrack.h"
#include "dashboard/ThroughputTrack.h"
#include "events/Event.h"
#include "monitor/RunSummary.h"

#include <QWidget>

namespace herb {

class DashboardCharts;
class StatTile;
class UpdateThrottle;

// The live view of a run: tiles (processed/total, success rate, throughput, ETA, tokens/cost)
// above the charts. Every batch is observed at once (the figures stay exact); the widgets are
// redrawn through UpdateThrottles whatever the event rate: tiles 25 times a second, charts 4.
class RunDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDashboard)

public:
    enum class Tile
    {
        Processed,
        SuccessRate,
        Throughput,
        Eta,
        TokensCost,
        Flagged,
    };

    explicit RunDashboard(QWidget *parent = nullptr);

    void addEvents(const herb::EventBatch &batch);
    void clear();
    // The flagged records as records.jsonl counts them (the Specimens tab reads it). The tile
    // shows the larger of this and the events' count: the events name every flag a record
    // had when written and every earlier record flagged with it, but a flag found later on
    // its own (the names check) is only in the records.
    void setRecordsFlagged(qint64 count);
    // Redraws now; the throttle calls it, and so can a caller that needs it at once.
    void redraw();

    const RunSummary &summary() const { return m_summary; }
    QString tileText(Tile tile) const;
    int redrawCount() const { return m_redraws; }

private:
    void observe(const Event &event);
    void redrawTiles();
    void redrawCharts();
    qint64 referenceTimeMs() const;

    RunSummary m_summary;
    qint64 m_recordsFlagged = 0;
    SuccessRateTrack m_track;
    ThroughputTrack m_throughputTrack;
    double m_checkpointRate = 0.5;
    double m_monitorRate = 0.7;
    int m_redraws = 0;

    UpdateThrottle *m_throttle;
    // Charts cost ~15 ms to replace and paint (bench_gui): 4 a second is live enough, and
    // leaves the GUI thread free at thousands of events a second; the tiles keep 25.
    UpdateThrottle *m_chartThrottle;
    StatTile *m_processed;
    StatTile *m_successRate;
    StatTile *m_throughput;
    StatTile *m_eta;
    StatTile *m_tokens;
    StatTile *m_flagged; // trust flags; control accuracy once control sheets exist
    DashboardCharts *m_charts;
};

} // namespace herb
