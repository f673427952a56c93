#pragma once

#include "FlagWindow.h"
#include "TrustCheck.h"

#include <QSet>

namespace herb {

// Check 1: values copied from the prompt. A model that copies the prompt's worked example
// (its catalogue number, collector, number, locality) instead of reading the sheet writes
// well-formed, plausible, wrong records. A value is "from the prompt" when its folded form
// (TrustText) stands in the folded prompt as whole words. Ignored: values shorter than 4
// letters and digits, placeholders, and names of countries, states and provinces, which a
// prompt may list. A record is flagged only when an identifying value matches (a term not in
// the taxon/person/place list below, with a digit or two words or more); its other matching
// values are then flagged with it. A species or collector named in the prompt's example may be
// on real sheets too: alone, it flags nothing.
// Warning prompt_leak when at least 2 of the last 20 records are flagged.
class PromptLeakCheck final : public TrustCheck
{
public:
    static constexpr WindowRule kRule { 20, 2, -1.0, 1 };

    // The prompt as sent (system and user text); empty: the engine sends none, nothing to copy.
    explicit PromptLeakCheck(const QString &promptText);

    void inspect(const SpecimenRecord &record, TrustFindings &findings) override;
    void seed(const SpecimenRecord &record) override;
    int seedDepth() const override { return kRule.window; }

    // The terms of the record whose values come from the prompt, identifying ones first; empty
    // when no identifying value does.
    QList<std::pair<QString, QString>> copiedValues(const SpecimenRecord &record) const;

private:
    QString m_prompt; // folded, with a space at each end
    FlagWindow m_window { kRule };
};

} // namespace herb
