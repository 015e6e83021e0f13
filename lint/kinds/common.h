/// Helpers shared by rule kinds: where a finding points and the standard message arguments.
#pragma once

#include <string>

#include "lint/ruleset/check.h"
#include "lint/ruleset/paths.h"

namespace lint {

/// The range a missing field is reported at: its parent mapping's key, or the mapping's first key.
ByteRange missing_range(const YamlDocument& yaml, NodeId parent);
/// A finding at the target's value, or at its parent mapping when the value is missing.
Finding finding_at(const CheckContext& ctx, const Target& target, std::string variant = "default");
/// A finding at a node inside the target (its path extends the target's).
Finding finding_at_node(const CheckContext& ctx, NodeId node, const std::string& path, std::string variant = "default");
/// The dotted path of a node, built from the keys and indexes above it.
std::string node_path(const YamlDocument& yaml, NodeId node);
/// True when the target has a present, non-null scalar value.
bool has_scalar(const CheckContext& ctx, const Target& target);
}  // namespace lint
