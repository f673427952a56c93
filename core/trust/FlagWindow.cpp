#include "FlagWindow.h"

namespace herb {

FlagWindow::FlagWindow(WindowRule rule)
    : m_rule(rule)
{
    m_rule.window = qMax(1, m_rule.window);
    m_entries.reserve(size_t(m_rule.window));
}

void FlagWindow::add(bool flagged, const WarningEvidence &evidence)
{
    Entry entry { flagged, flagged ? evidence : WarningEvidence() };
    if (int(m_entries.size()) < m_rule.window) {
        m_entries.push_back(std::move(entry));
    } else {
        m_count -= m_entries[m_next].flagged ? 1 : 0;
        m_entries[m_next] = std::move(entry);
        m_next = (m_next + 1) % m_entries.size();
    }
    m_count += flagged ? 1 : 0;
}

bool FlagWindow::ruleMet() const
{
    return m_count >= m_rule.minCount && size() >= m_rule.minSize
        && (m_rule.minRate < 0 || rate() > m_rule.minRate);
}

bool FlagWindow::push(bool flagged, const WarningEvidence &evidence)
{
    add(flagged, evidence);
    if (!ruleMet()) {
        m_armed = true;
        return false;
    }
    if (!flagged || !m_armed)
        return false;
    m_armed = false;
    return true;
}

void FlagWindow::seed(bool flagged, const WarningEvidence &evidence)
{
    add(flagged, evidence);
    m_armed = true;
}

QList<WarningEvidence> FlagWindow::evidence(int max) const
{
    QList<WarningEvidence> out;
    const size_t n = m_entries.size();
    // Newest first, then reversed: the last `max` flagged records.
    for (size_t i = 0; i < n && out.size() < max; ++i) {
        const Entry &entry = m_entries[(m_next + n - 1 - i) % n];
        if (entry.flagged)
            out.prepend(entry.evidence);
    }
    return out;
}

ValidationWarning windowWarning(WarningReason reason, const FlagWindow &window,
                                const QString &message)
{
    ValidationWarning warning;
    warning.reason = reason;
    warning.window = window.size();
    warning.count = window.count();
    warning.rate = window.rate();
    warning.threshold
        = window.rule().minRate >= 0 ? window.rule().minRate : double(window.rule().minCount);
    warning.evidence = window.evidence();
    warning.message = message;
    return warning;
}

} // namespace herb
