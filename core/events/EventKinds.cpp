#include "Event.h"

#include <array>

namespace herb {

namespace {

template<class Enum> struct Named
{
    Enum value;
    std::string_view name;
};

constexpr std::array<Named<FailureReason>, 6> kFailureReasons { {
    { FailureReason::EarlyValidationFailed, "early_validation_failed" },
    { FailureReason::FatalError, "fatal_error" },
    { FailureReason::PreflightFailed, "preflight_failed" },
    { FailureReason::Interrupted, "interrupted" },
    { FailureReason::IoError, "io_error" },
    { FailureReason::TrustCheckFailed, "trust_check_failed" },
} };

constexpr std::array<Named<ErrorKind>, 9> kErrorKinds { {
    { ErrorKind::None, "" },
    { ErrorKind::Http, "http" },
    { ErrorKind::Timeout, "timeout" },
    { ErrorKind::Network, "network" },
    { ErrorKind::Parse, "parse" },
    { ErrorKind::EmptyRecord, "empty_record" },
    { ErrorKind::Image, "image" },
    { ErrorKind::Moderation, "moderation" },
    { ErrorKind::Cancelled, "cancelled" },
} };

constexpr std::array<Named<WarningReason>, 12> kWarningReasons { {
    { WarningReason::LowSuccessRate, "low_success_rate" },
    { WarningReason::Stalled, "stalled" },
    { WarningReason::ImageErrors, "image_errors" },
    { WarningReason::Waiting, "waiting" },
    { WarningReason::PromptLeak, "prompt_leak" },
    { WarningReason::RepeatedValues, "repeated_values" },
    { WarningReason::IdenticalRecords, "identical_records" },
    { WarningReason::BarcodeMismatch, "barcode_mismatch" },
    { WarningReason::ImplausibleValues, "implausible_values" },
    { WarningReason::ControlAccuracy, "control_accuracy" },
    { WarningReason::UnknownNames, "unknown_names" },
    { WarningReason::ModelDisagreement, "model_disagreement" },
} };

constexpr std::string_view kOther = "other";

template<class Enum, std::size_t N>
std::string_view nameIn(const std::array<Named<Enum>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return kOther;
}

template<class Enum, std::size_t N>
Enum valueIn(const std::array<Named<Enum>, N> &table, std::string_view name)
{
    for (const auto &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return Enum::Other;
}

QString toQString(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

template<class Enum, std::size_t N>
Enum valueIn(const std::array<Named<Enum>, N> &table, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    return valueIn(table, std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace

std::string_view failureReasonName(FailureReason reason)
{
    return nameIn(kFailureReasons, reason);
}

std::string_view errorKindName(ErrorKind kind)
{
    return nameIn(kErrorKinds, kind);
}

std::string_view warningReasonName(WarningReason reason)
{
    return nameIn(kWarningReasons, reason);
}

FailureReason failureReasonFromName(std::string_view name)
{
    return valueIn(kFailureReasons, name);
}

ErrorKind errorKindFromName(std::string_view name)
{
    return valueIn(kErrorKinds, name);
}

WarningReason warningReasonFromName(std::string_view name)
{
    return valueIn(kWarningReasons, name);
}

QString nameOf(FailureReason reason)
{
    return toQString(failureReasonName(reason));
}

QString nameOf(ErrorKind kind)
{
    return toQString(errorKindName(kind));
}

QString nameOf(WarningReason reason)
{
    return toQString(warningReasonName(reason));
}

FailureReason failureReasonFromName(const QString &name)
{
    return valueIn(kFailureReasons, name);
}

ErrorKind errorKindFromName(const QString &name)
{
    return valueIn(kErrorKinds, name);
}

WarningReason warningReasonFromName(const QString &name)
{
    return valueIn(kWarningReasons, name);
}

} // namespace herb
