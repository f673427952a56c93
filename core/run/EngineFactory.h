#pragma once

#include "RunConfig.h"
#include "extraction/Prompt.h"

#include <functional>
#include <memory>

namespace herb {

class Engine;

// Makes the engine a session dispatches to, or returns nothing and says why in `error` (a
// user-facing sentence; the run then ends with preflight_failed). RunController takes one so
// that a test can hand it a scripted engine and drive slow start, halts and resume alone.
using EngineFactory = std::function<std::unique_ptr<Engine>(const RunConfig &config,
                                                            const Prompt &prompt, QString *error)>;

// The real engines: the vision model behind an OpenAI-compatible endpoint, or Tesseract.
std::unique_ptr<Engine> makeEngine(const RunConfig &config, const Prompt &prompt, QString *error);

} // namespace herb
