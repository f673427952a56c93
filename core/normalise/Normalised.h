#pragma once

#include <QString>

namespace herb {

// What became of one value on its way from the engine's answer to the record.
struct Normalised
{
    enum class Status
    {
        Kept, // already in the interpreted form
        Changed, // rewritten: the verbatim text goes to the verbatim term
        Ambiguous, // rewritten by a rule that may be wrong (day or month first): flagged
        Failed, // could not be read: the interpreted term is left empty and flagged
    };
    Status status = Status::Kept;
    QString value;

    static Normalised kept(const QString &value) { return { Status::Kept, value }; }
    static Normalised changed(const QString &value) { return { Status::Changed, value }; }
    static Normalised failed() { return { Status::Failed, {} }; }
};

} // namespace herb
