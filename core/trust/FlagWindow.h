#pragma once

#include "events/Event.h"

#include <vector>

namespace herb {

// When a window's flagged records are enough for a warning: at least minCount flagged, at
// least minSize records in the window, and (for a rate rule) a share above minRate.
struct WindowRule
{
    int window = 50;
    int minCount = 1;
    double minRate = -1.0; // exclusive; negative: no rate condition
    int minSize = 1;
};

// The last `window` records a check has seen, flagged or not, with the evidence of the flagged
// ones: the rate helper of every trust check. fire() says when to warn: a flagged record
// arrives while the rule is met and the check has not warned since the rule last stopped
// being met. So one long failure gives one warning, a failure that clears and comes back gives
// another, and a resumed run whose earlier records fill the window warns again only when a
// new record is flagged (a fixed prompt does not stop the resumed run on old flags).
class FlagWindow
{
public:
    explicit FlagWindow(WindowRule rule);

    // Adds a record; true when this record should raise the check's warning.
    bool push(bool flagged, const WarningEvidence &evidence = {});
    // The same without ever firing: rebuilding the state of a resumed run.
    void seed(bool flagged, const WarningEvidence &evidence = {});

    const WindowRule &rule() const { return m_rule; }
    int size() const { return int(m_entries.size()); }
    int count() const { return m_count; }
    double rate() const { return m_entries.empty() ? 0.0 : double(m_count) / double(size()); }
    bool ruleMet() const;
    // The flagged records' evidence, newest last, at most `max`.
    QList<WarningEvidence> evidence(int max = 10) const;

private:
    void add(bool flagged, const WarningEvidence &evidence);

    struct Entry
    {
        bool flagged = false;
        WarningEvidence evidence;
    };
    WindowRule m_rule;
    std::vector<Entry> m_entries; // ring, oldest at m_next once full
    size_t m_next = 0;
    int m_count = 0;
    bool m_armed = true;
};

// A warning of a trust check, filled from its window.
ValidationWarning windowWarning(WarningReason reason, const FlagWindow &window,
                                const QString &message);

} // namespace herb
