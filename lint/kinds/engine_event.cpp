// Kind `engine`: validates the event name; the engine reports these findings itself.
#include "lint/kinds/engine_event.h"

namespace lint {

std::unique_ptr<Check> EngineEventCheck::make(Options& options, const Catalog&) {
  return std::make_unique<EngineEventCheck>(
      options.choice("event", {"yaml-syntax", "duplicate-key", "input-limit", "invalid-utf8", "file-unreadable",
                               "unused-suppression", "suppression-reason"}));
}

}  // namespace lint
