#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace herb {

// What EndpointPreflight found out before any image was sent.
struct PreflightResult
{
    bool settingsOk = true; // false: the settings themselves are unusable (message says why)
    bool reachable = true; // false: no HTTP answer at all
    bool keyChecked = false;
    bool keyOk = false;
    bool modelChecked = false;
    bool modelOk = false;
    QString suggestedModel; // the closest listed id when the model is unknown
    QString message; // one user-facing sentence, never holding the key
    QStringList availableModels;

    // Nothing found wrong. What could not be checked is left to the first wave of specimens;
    // an unreachable server is not fatal either (it may be a passing outage).
    bool passed() const
    {
        return settingsOk && (!keyChecked || keyOk) && (!modelChecked || modelOk);
    }
};

} // namespace herb

Q_DECLARE_METATYPE(herb::PreflightResult)
