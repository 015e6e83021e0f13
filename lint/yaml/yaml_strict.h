/// Stricter YAML checks for what yaml-cpp 0.7 accepts although the YAML 1.2 grammar forbids it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lint/core/source.h"
#include "lint/yaml/yaml_tree.h"

namespace lint {

struct StrictViolation {
  ByteRange range;
  std::string detail;
};

/// The first lexical violation in a stream yaml-cpp accepted: comments glued to tokens, stray commas
/// or dashes in flow collections, bad escapes, unclosed quotes, content after `...` or after a root
/// flow collection, directives without a document, under-indented continuation lines.
std::optional<StrictViolation> lexical_violation(std::string_view text);

/// The first block-context problem yaml-cpp lets through: a plain key without ':' after it, or a
/// multi-line plain scalar whose continuation line is not indented past its parent collection.
std::optional<StrictViolation> indentation_violation(std::string_view text, const YamlDocument& doc);

}  // namespace lint
