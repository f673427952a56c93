#pragma once

#include "RunConfig.h"
#include "extraction/ChatClientSettings.h"

namespace herb {

// How a run reaches its OpenAI-compatible endpoint, from its RunConfig: the one place these
// settings are built, for the engine and for the key and model checks before it (which cap
// the timeout themselves: a check must not keep the user waiting as long as a specimen may).
ChatClientSettings chatClientSettingsFor(const RunConfig &config);

} // namespace herb
