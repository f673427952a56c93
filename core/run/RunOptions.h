#pragma once

#include "RunConfig.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace herb {

// A member of RunConfig and how its value is typed: what a table row reads and writes.
struct RunField
{
    enum class Kind
    {
        Flag, // bool: given or not
        Text, // QString
        Url, // QUrl
        Integer, // int, within [minimum, maximum]
        Rate, // double, within [minimum, maximum] (0 to 1 for rates)
        // QStringList, typed as a comma-separated subset of `choices` ("none": empty); the
        // value travels as that text (settings, the command line) and run.json lists it.
        Names,
    };
    Kind kind = Kind::Text;
    std::function<QVariant(const RunConfig &)> get;
    std::function<void(RunConfig &, const QVariant &)> set;
};

// Builders for RunField from the member they name: pass a lambda that returns a reference to
// it, e.g. [](RunConfig &c) -> int & { return c.concurrency; }.
RunField flagField(bool &(*member)(RunConfig &));
RunField textField(QString &(*member)(RunConfig &));
RunField urlField(QUrl &(*member)(RunConfig &));
RunField integerField(int &(*member)(RunConfig &));
RunField rateField(double &(*member)(RunConfig &));
RunField namesField(QStringList &(*member)(RunConfig &));
// An EngineKind, typed as its name (Text): the command line, the settings and run.json see
// "openai" or "tesseract". A name that is no engine's leaves the member as it was.
RunField engineField(EngineKind &(*member)(RunConfig &));

// The texts of the Advanced box for an option shown there (translation context
// "AdvancedSettingsBox", so the window's existing translations keep applying).
struct RunOptionLabels
{
    const char *label = nullptr; // the form's row label, with its mnemonic; none: not shown
    const char *accessibleName = nullptr;
    const char *toolTip = nullptr;
    const char *suffix = nullptr; // " s", " px"
};

// One run option, declared once in runOptions() and read by the command line (parsing and
// --help), the window's settings store (AppSettings), the Advanced box, and run.json. Its
// default is RunConfig's. Adding an option is adding a member to RunConfig and one entry to the
// table; nothing else needs to know about it unless it needs special handling.
struct RunOption
{
    const char *name = nullptr; // --name on the command line
    RunField field;
    const char *valueName = nullptr; // "N" in --concurrency N; none for a flag
    double minimum = 0; // Integer and Rate: the accepted range, everywhere
    double maximum = 0;
    const char *choices = nullptr; // Text: the only values accepted, "|"-separated
    const char *help = nullptr; // for --help (translation context "CommandLine")
    const char *settingsKey = nullptr; // QSettings key of the window; none: not remembered
    const char *jsonKey = nullptr; // run.json path, "thresholds/checkpoint"; none: not there
    std::optional<EngineKind> jsonEngine; // recorded in run.json only for this engine
    // The command line gives no value when the option is absent (RunConfig's stays, or the
    // caller derives one); --help shows this instead (translation context "CommandLine").
    const char *defaultNote = nullptr;
    RunOptionLabels window; // the Advanced box; none: not there

    QString optionName() const { return QString::fromLatin1(name); }
    QVariant defaultValue() const { return field.get(RunConfig()); }
    // The default as typed on the command line; empty for flags and defaultNote options.
    QString defaultText() const;
    // The help line's text, with its default ("Default: 4."), translated.
    QString description() const;
    // `value` as typed on the command line.
    QString toText(const QVariant &value) const;
    // A value typed on the command line, checked against the kind, range and choices; or
    // nothing, and `error` names the option and the value
    // ("--concurrency: 'abc' is not a whole number from 1 to 256").
    std::optional<QVariant> parse(const QString &text, QString *error) const;
    // The value as run.json records it (a URL without user info or query).
    QJsonValue toJson(const QVariant &value) const;
};

// Every run option, in the order --help lists them.
const std::vector<RunOption> &runOptions();
// The option named `name` (without dashes), or nullptr.
const RunOption *findRunOption(QStringView name);

// The options' values of `config` that run.json records, at their jsonKey paths.
void insertRunOptionsJson(const RunConfig &config, QJsonObject &json);

} // namespace herb
