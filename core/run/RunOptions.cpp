#include "RunOptions.h"

#include "PublicationOptions.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace herb {

namespace {

// Reading through the member accessor needs a non-const RunConfig; the value is only read.
RunConfig &readable(const RunConfig &config)
{
    return const_cast<RunConfig &>(config);
}

QString commandLineText(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

constexpr double kNoLimit = std::numeric_limits<int>::max();

} // namespace

RunField flagField(bool &(*member)(RunConfig &))
{
    return { RunField::Kind::Flag,
             [member](const RunConfig &c) { return QVariant(member(readable(c))); },
             [member](RunConfig &c, const QVariant &v) { member(c) = v.toBool(); } };
}

RunField textField(QString &(*member)(RunConfig &))
{
    return { RunField::Kind::Text,
             [member](const RunConfig &c) { return QVariant(member(readable(c))); },
             [member](RunConfig &c, const QVariant &v) { member(c) = v.toString(); } };
}

RunField urlField(QUrl &(*member)(RunConfig &))
{
    return { RunField::Kind::Url,
             [member](const RunConfig &c) { return QVariant(member(readable(c))); },
             [member](RunConfig &c, const QVariant &v) { member(c) = QUrl(v.toString()); } };
}

RunField integerField(int &(*member)(RunConfig &))
{
    return { RunField::Kind::Integer,
             [member](const RunConfig &c) { return QVariant(member(readable(c))); },
             [member](RunConfig &c, const QVariant &v) { member(c) = v.toInt(); } };
}

RunField rateField(double &(*member)(RunConfig &))
{
    return { RunField::Kind::Rate,
             [member](const RunConfig &c) { return QVariant(member(readable(c))); },
             [member](RunConfig &c, const QVariant &v) { member(c) = v.toDouble(); } };
}

namespace {
constexpr QLatin1String kNoNames("none");

QString namesText(const QStringList &names)
{
    return names.isEmpty() ? QString(kNoNames) : names.join(QLatin1Char(','));
}

QStringList namesFrom(const QVariant &value)
{
    QStringList names;
    const QStringList items = value.typeId() == QMetaType::QStringList
        ? value.toStringList()
        : value.toString().split(QLatin1Char(','));
    for (const QString &item : items) {
        const QString name = item.trimmed();
        if (!name.isEmpty() && name != kNoNames && !names.contains(name))
            names.append(name);
    }
    return names;
}
} // namespace

RunField namesField(QStringList &(*member)(RunConfig &))
{
    return { RunField::Kind::Names,
             [member](const RunConfig &c) { return QVariant(namesText(member(readable(c)))); },
             [member](RunConfig &c, const QVariant &v) { member(c) = namesFrom(v); } };
}

RunField engineField(EngineKind &(*member)(RunConfig &))
{
    return { RunField::Kind::Text,
             [member](const RunConfig &c) { return QVariant(engineKindName(member(readable(c)))); },
             [member](RunConfig &c, const QVariant &v) {
                 if (const std::optional<EngineKind> kind = engineKindFromName(v.toString()))
                     member(c) = *kind;
             } };
}

// The table. Defaults are RunConfig's; help texts keep the wording (and so the translations)
// they had before the table, without the default, which description() now adds.
const std::vector<RunOption> &runOptions()
{
    static const std::vector<RunOption> options = withPublicationOptions({
        { .name = "prompt",
          .field = textField([](RunConfig &c) -> QString & { return c.promptPath; }),
          .valueName = "FILE",
          .help = QT_TRANSLATE_NOOP("CommandLine", "Prompt file or NAME.system/.user.prompt pair."),
          .settingsKey = "run/prompt",
          .defaultNote = QT_TRANSLATE_NOOP("CommandLine", "built in") },
        { .name = "engine",
          .field = engineField([](RunConfig &c) -> EngineKind & { return c.engine; }),
          .valueName = "ENGINE",
          .choices = "openai|tesseract",
          .help = QT_TRANSLATE_NOOP("CommandLine", "openai or tesseract."),
          .settingsKey = "run/engine",
          .jsonKey = "engine",
          .defaultNote = QT_TRANSLATE_NOOP(
              "CommandLine", "openai when the key's variable is set, else tesseract") },
        { .name = "model",
          .field = textField([](RunConfig &c) -> QString & { return c.model; }),
          .valueName = "ID",
          .help = QT_TRANSLATE_NOOP("CommandLine", "Model id."),
          .settingsKey = "run/model",
          .jsonKey = "model",
          .jsonEngine = EngineKind::OpenAi },
        { .name = "base-url",
          .field = urlField([](RunConfig &c) -> QUrl & { return c.baseUrl; }),
          .valueName = "URL",
          .help = QT_TRANSLATE_NOOP("CommandLine", "OpenAI-compatible endpoint."),
          .settingsKey = "run/baseUrl",
          .jsonKey = "endpoint",
          .jsonEngine = EngineKind::OpenAi },
        { .name = "api-key-env",
          .field = textField([](RunConfig &c) -> QString & { return c.apiKeyEnv; }),
          .valueName = "NAME",
          .help = QT_TRANSLATE_NOOP("CommandLine", "Environment variable holding the key."),
          .jsonKey = "api_key_env",
          .jsonEngine = EngineKind::OpenAi },
        { .name = "out",
          .field = textField([](RunConfig &c) -> QString & { return c.outFolder; }),
          .valueName = "DIR",
          .help = QT_TRANSLATE_NOOP("CommandLine", "Run folder."),
          .defaultNote = QT_TRANSLATE_NOOP("CommandLine", "./<images folder name>-<UTC time>") },
        { .name = "resume",
          .field = flagField([](RunConfig &c) -> bool & { return c.resume; }),
          .help = QT_TRANSLATE_NOOP("CommandLine", "Continue the run folder.") },
        { .name = "allow-folder-change",
          .field = flagField([](RunConfig &c) -> bool & { return c.allowFolderChange; }),
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Let --resume continue the run with another image folder.") },
        { .name = "dry-run",
          .field = flagField([](RunConfig &c) -> bool & { return c.dryRun; }),
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Preflight and one specimen; print the parsed record.") },
        { .name = "ocr-lang",
          .field = textField([](RunConfig &c) -> QString & { return c.ocrLanguages; }),
          .valueName = "LANGS",
          .help = QT_TRANSLATE_NOOP("CommandLine", "Tesseract languages."),
          .settingsKey = "advanced/ocrLanguages",
          .jsonKey = "ocr_languages",
          .jsonEngine = EngineKind::Tesseract,
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "OCR &languages:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "OCR languages"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "Tesseract languages, joined with +, e.g. eng+fra+lat") } },
        { .name = "deny-data-collection",
          .field = flagField([](RunConfig &c) -> bool & { return c.openRouterDenyDataCollection; }),
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "OpenRouter: only providers that do not collect data."),
          .jsonKey = "deny_data_collection",
          .jsonEngine = EngineKind::OpenAi },
        { .name = "allow-insecure-http",
          .field = flagField([](RunConfig &c) -> bool & { return c.allowInsecureHttp; }),
          .help = QT_TRANSLATE_NOOP("CommandLine", "Allow plain http to a non-loopback host.") },
        { .name = "trust-checks",
          .field = namesField([](RunConfig &c) -> QStringList & { return c.trust.checks; }),
          .valueName = "CHECKS",
          .choices = "prompt|repeats|barcode|plausibility|names",
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Trust checks to run (prompt, repeats, barcode, "
                                    "plausibility, names), comma-separated, or none; names "
                                    "(against GBIF) runs only when named."),
          .settingsKey = "advanced/trustChecks",
          .jsonKey = "trust/checks",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Trust checks:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Trust checks"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "Checks that flag well-formed records whose values "
                                        "cannot be trusted: values copied from the prompt, "
                                        "repeated catalogue numbers, barcode disagreements, "
                                        "impossible values") } },
        { .name = "halt-on",
          .field = namesField([](RunConfig &c) -> QStringList & { return c.trust.haltOn; }),
          .valueName = "REASONS",
          .choices = "prompt_leak|repeated_values|identical_records|barcode_mismatch|"
                     "implausible_values|control_accuracy|unknown_names|model_disagreement",
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Trust warnings that stop the run (exit 3), "
                                    "comma-separated, or none."),
          .settingsKey = "advanced/haltOn",
          .jsonKey = "trust/halt_on",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Stop on warnings:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Trust warnings that stop the run"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A trust warning ticked here stops the run instead of "
                                        "only being shown") } },
        { .name = "gbif-url",
          .field = urlField([](RunConfig &c) -> QUrl & { return c.trust.gbifUrl; }),
          .valueName = "URL",
          .help = QT_TRANSLATE_NOOP("CommandLine", "GBIF API for the names check (species match)."),
          .settingsKey = "advanced/gbifUrl",
          .jsonKey = "trust/gbif_url" },
        { .name = "controls",
          .field = textField([](RunConfig &c) -> QString & { return c.trust.controlsPath; }),
          .valueName = "TRUTH.csv",
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Control sheets: known values for some images of the folder "
                                    "(a truth table as `score` reads it). They are sent first "
                                    "and again during the run, and their answers are scored."),
          .settingsKey = "advanced/controls",
          .jsonKey = "trust/controls",
          .defaultNote = QT_TRANSLATE_NOOP("CommandLine", "none"),
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Control sheets (&known answers):"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Control sheets file"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A CSV file of known values for some images of the "
                                        "folder: they are sent first, again every few "
                                        "specimens, and a run that reads them wrongly is "
                                        "stopped or warned about") } },
        { .name = "control-every",
          .field = integerField([](RunConfig &c) -> int & { return c.trust.controlEvery; }),
          .valueName = "K",
          .minimum = 1,
          .maximum = 100000,
          .help
          = QT_TRANSLATE_NOOP("CommandLine", "Send a control sheet again after every K specimens."),
          .settingsKey = "advanced/controlEvery",
          .jsonKey = "trust/control_every",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Control again e&very:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Control sheet again every"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "During the run, one control sheet is sent again after "
                                        "this many specimens"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " specimens") } },
        { .name = "control-min-accuracy",
          .field = rateField([](RunConfig &c) -> double & { return c.trust.controlMinAccuracy; }),
          .valueName = "R",
          .minimum = 0,
          .maximum = 1,
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Minimum share of the control sheets' known core values "
                                    "read exactly."),
          .settingsKey = "advanced/controlMinAccuracy",
          .jsonKey = "trust/control_min_accuracy",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Control accuracy at least:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Control sheets minimum accuracy"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "Below this share of exact known values, control sheets "
                                        "stop the run at its start and warn later") } },
        { .name = "audit-model",
          .field = textField([](RunConfig &c) -> QString & { return c.trust.auditModel; }),
          .valueName = "ID",
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "A second opinion: send every K-th specimen to this model "
                                    "as well (same endpoint and key) and warn when the two "
                                    "disagree on the core fields. Its tokens are counted."),
          .settingsKey = "advanced/auditModel",
          .jsonKey = "trust/audit_model",
          .defaultNote = QT_TRANSLATE_NOOP("CommandLine", "none"),
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Second opinion (&audit model):"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Audit model"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A second model that reads every few specimens as well; "
                                        "a run whose two models disagree is warned about. "
                                        "Empty: no second opinion") } },
        { .name = "audit-every",
          .field = integerField([](RunConfig &c) -> int & { return c.trust.auditEvery; }),
          .valueName = "K",
          .minimum = 1,
          .maximum = 100000,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Send every K-th specimen to the audit model."),
          .settingsKey = "advanced/auditEvery",
          .jsonKey = "trust/audit_every",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Audit e&very:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Audit every"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "One specimen in this many is also read by the audit "
                                        "model"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " specimens") } },
        { .name = "audit-min-agreement",
          .field = rateField([](RunConfig &c) -> double & { return c.trust.auditMinAgreement; }),
          .valueName = "R",
          .minimum = 0,
          .maximum = 1,
          .help = QT_TRANSLATE_NOOP("CommandLine",
                                    "Minimum share of the core fields the two models read "
                                    "alike over the last 20 audited specimens."),
          .settingsKey = "advanced/auditMinAgreement",
          .jsonKey = "trust/audit_min_agreement",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Audit agreement at least:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Audit minimum agreement"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "Below this share of core fields read alike by both "
                                        "models, the run is warned about") } },
        { .name = "concurrency",
          .field = integerField([](RunConfig &c) -> int & { return c.concurrency; }),
          .valueName = "N",
          .minimum = 1,
          .maximum = 256,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Specimens in flight at once."),
          .settingsKey = "run/concurrency",
          .jsonKey = "concurrency" },
        { .name = "limit",
          .field = integerField([](RunConfig &c) -> int & { return c.limit; }),
          .valueName = "N",
          .minimum = 0,
          .maximum = kNoLimit,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Process at most N specimens (0: all)."),
          .jsonKey = "limit" },
        { .name = "checkpoint",
          .field = integerField([](RunConfig &c) -> int & { return c.validation.checkpointSize; }),
          .valueName = "N",
          .minimum = 1,
          .maximum = 100000,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Early checkpoint after N finished specimens."),
          .settingsKey = "advanced/checkpointSize",
          .jsonKey = "thresholds/checkpoint",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Checkp&oint after:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Checkpoint specimens"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "The run is judged once this many specimens have finished"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " specimens") } },
        { .name = "checkpoint-min-rate",
          .field
          = rateField([](RunConfig &c) -> double & { return c.validation.checkpointMinRate; }),
          .valueName = "R",
          .minimum = 0,
          .maximum = 1,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Minimum success rate at the checkpoint."),
          .settingsKey = "advanced/checkpointMinRate",
          .jsonKey = "thresholds/checkpoint_min_rate",
          .window
          = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Stop if success &below:"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Checkpoint minimum success rate"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                "Below this success rate at the checkpoint, the run stops") } },
        { .name = "min-core-fields",
          .field = integerField([](RunConfig &c) -> int & { return c.minCoreFields; }),
          .valueName = "K",
          .minimum = 1,
          .maximum = 20,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Core Darwin Core fields a success needs."),
          .settingsKey = "advanced/minCoreFields",
          .jsonKey = "min_core_fields",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Core fields re&quired:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Minimum core fields"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A specimen succeeds when at least this many core Darwin "
                                        "Core terms have a value") } },
        { .name = "monitor-every",
          .field = integerField([](RunConfig &c) -> int & { return c.validation.monitorEvery; }),
          .valueName = "M",
          .minimum = 1,
          .maximum = 100000,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Rolling success check every M specimens."),
          .settingsKey = "advanced/monitorEvery",
          .jsonKey = "thresholds/monitor_every",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Monitor ever&y:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Monitor every"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "After the checkpoint, the success rate is checked every "
                                        "this many specimens"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " specimens") } },
        { .name = "monitor-min-rate",
          .field = rateField([](RunConfig &c) -> double & { return c.validation.monitorMinRate; }),
          .valueName = "R",
          .minimum = 0,
          .maximum = 1,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Minimum rolling success rate."),
          .settingsKey = "advanced/monitorMinRate",
          .jsonKey = "thresholds/monitor_min_rate",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Warn if success u&nder:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Monitor minimum success rate"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "Below this rolling success rate, a warning is shown") } },
        { .name = "stall-seconds",
          .field = integerField([](RunConfig &c) -> int & { return c.validation.stallSeconds; }),
          .valueName = "S",
          .minimum = 1,
          .maximum = 86400,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Warn when nothing finishes for S seconds."),
          .settingsKey = "advanced/stallSeconds",
          .jsonKey = "thresholds/stall_seconds",
          .window
          = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Stall warnin&g after:"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Stall seconds"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                "A warning is shown when no specimen finishes for this long"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox", " s") } },
        { .name = "max-side",
          .field = integerField([](RunConfig &c) -> int & { return c.maxSide; }),
          .valueName = "PX",
          .minimum = 64,
          .maximum = 16384,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Longest side of the image sent to the model."),
          .settingsKey = "advanced/maxSide",
          .jsonKey = "max_side",
          .window
          = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Image si&ze limit:"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Longest image side"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                "Images are scaled down to this longest side before sending"),
              QT_TRANSLATE_NOOP("AdvancedSettingsBox", " px") } },
        { .name = "timeout",
          .field = integerField([](RunConfig &c) -> int & { return c.timeoutSeconds; }),
          .valueName = "S",
          .minimum = 1,
          .maximum = 3600,
          .help
          = QT_TRANSLATE_NOOP("CommandLine", "Seconds a model request may go without a byte."),
          .settingsKey = "advanced/timeoutSeconds",
          .jsonKey = "timeout_s",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "&Wait for an answer:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Request timeout"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A request that receives nothing for this long is retried"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " s") } },
        { .name = "attempt-deadline",
          .field = integerField([](RunConfig &c) -> int & { return c.attemptDeadlineSeconds; }),
          .valueName = "S",
          .minimum = 1,
          .maximum = 86400,
          .help = QT_TRANSLATE_NOOP("CommandLine", "Seconds one model request may take in all."),
          .settingsKey = "advanced/attemptDeadlineSeconds",
          .jsonKey = "attempt_deadline_s",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Give up a re&quest after:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Request deadline"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A request still running after this long in all is "
                                        "abandoned and retried, even if bytes keep arriving"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " s") } },
        { .name = "max-retry-wait",
          .field = integerField([](RunConfig &c) -> int & { return c.maxRetryWaitSeconds; }),
          .valueName = "S",
          .minimum = 0,
          .maximum = 86400,
          .help
          = QT_TRANSLATE_NOOP("CommandLine", "Seconds a specimen may wait between retries in all."),
          .settingsKey = "advanced/maxRetryWaitSeconds",
          .jsonKey = "max_retry_wait_s",
          .window = { QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Wait for retries at &most:"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", "Longest wait for retries"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox",
                                        "A specimen whose server asks to wait longer than this in "
                                        "all (Retry-After) fails instead of holding the run"),
                      QT_TRANSLATE_NOOP("AdvancedSettingsBox", " s") } },
    });
    return options;
}

const RunOption *findRunOption(QStringView name)
{
    for (const RunOption &option : runOptions())
        if (name == QLatin1String(option.name))
            return &option;
    return nullptr;
}

QString RunOption::defaultText() const
{
    if (field.kind == RunField::Kind::Flag || defaultNote)
        return {};
    return toText(defaultValue());
}

QString RunOption::description() const
{
    const QString text = commandLineText(help);
    const QString shown = defaultNote ? commandLineText(defaultNote) : defaultText();
    if (shown.isEmpty())
        return text;
    return QCoreApplication::translate("CommandLine", "%1 Default: %2.").arg(text, shown);
}

QString RunOption::toText(const QVariant &value) const
{
    switch (field.kind) {
    case RunField::Kind::Flag:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case RunField::Kind::Url:
        return value.toUrl().toString();
    case RunField::Kind::Integer:
        return QString::number(value.toInt());
    case RunField::Kind::Rate:
        return QString::number(value.toDouble());
    case RunField::Kind::Names:
        return namesText(namesFrom(value));
    case RunField::Kind::Text:
        break;
    }
    return value.toString();
}

std::optional<QVariant> RunOption::parse(const QString &text, QString *error) const
{
    auto fail = [&](const QString &message) -> std::optional<QVariant> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString option = QLatin1String("--") + optionName();
    switch (field.kind) {
    case RunField::Kind::Flag:
        return QVariant(true);
    case RunField::Kind::Integer: {
        bool ok = false;
        const qlonglong value = text.trimmed().toLongLong(&ok);
        if (!ok || value < qlonglong(minimum) || value > qlonglong(maximum))
            return fail(QCoreApplication::translate("CommandLine",
                                                    "%1: '%2' is not a whole number from %3 to %4")
                            .arg(option, text)
                            .arg(qlonglong(minimum))
                            .arg(qlonglong(maximum)));
        return QVariant(int(value));
    }
    case RunField::Kind::Rate: {
        bool ok = false;
        const double value = text.trimmed().toDouble(&ok);
        if (!ok || !(value >= minimum && value <= maximum))
            return fail(
                QCoreApplication::translate("CommandLine", "%1: '%2' is not a number from %3 to %4")
                    .arg(option, text)
                    .arg(minimum)
                    .arg(maximum));
        return QVariant(value);
    }
    case RunField::Kind::Url: {
        const QUrl url(text.trimmed());
        if (!url.isValid() || url.scheme().isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "%1: '%2' is not a URL")
                            .arg(option, text));
        return QVariant(url.toString());
    }
    case RunField::Kind::Names: {
        const QStringList allowed = QString::fromLatin1(choices).split(QLatin1Char('|'));
        const QStringList names = namesFrom(text);
        for (const QString &given : names) {
            if (!allowed.contains(given))
                return fail(
                    QCoreApplication::translate("CommandLine", "%1: '%2' is not one of %3, or none")
                        .arg(option, given, allowed.join(QLatin1String(", "))));
        }
        return QVariant(namesText(names));
    }
    case RunField::Kind::Text:
        break;
    }
    if (choices) {
        const QStringList allowed = QString::fromLatin1(choices).split(QLatin1Char('|'));
        if (!allowed.contains(text))
            return fail(QCoreApplication::translate("CommandLine", "%1: '%2' is not one of %3")
                            .arg(option, text, allowed.join(QLatin1String(", "))));
    }
    return QVariant(text);
}

QJsonValue RunOption::toJson(const QVariant &value) const
{
    switch (field.kind) {
    case RunField::Kind::Flag:
        return value.toBool();
    case RunField::Kind::Url:
        // The endpoint without user info or query: never a credential in run.json.
        return QUrl(value.toString()).adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    case RunField::Kind::Integer:
        return value.toInt();
    case RunField::Kind::Rate:
        return value.toDouble();
    case RunField::Kind::Names:
        return QJsonArray::fromStringList(namesFrom(value));
    case RunField::Kind::Text:
        break;
    }
    return value.toString();
}

void insertRunOptionsJson(const RunConfig &config, QJsonObject &json)
{
    for (const RunOption &option : runOptions()) {
        if (!option.jsonKey || (option.jsonEngine && config.engine != *option.jsonEngine))
            continue;
        const QJsonValue value = option.toJson(option.field.get(config));
        const QStringList path = QString::fromLatin1(option.jsonKey).split(QLatin1Char('/'));
        if (path.size() == 1) {
            json.insert(path.first(), value);
        } else {
            QJsonObject group = json.value(path.first()).toObject();
            group.insert(path.last(), value);
            json.insert(path.first(), group);
        }
    }
}

} // namespace herb
