/// Dotted config paths such as `environments.{env}.altinn.base_url`.
#pragma once

#include <string>
#include <string_view>

#include "lint/yaml/yaml_tree.h"

namespace lint {

/// `path` and `part` joined with a dot; `part` alone when `path` is empty (the top level).
std::string join_path(const std::string& path, std::string_view part);
/// Replaces `{env}` in a path with the target's environment.
std::string with_env(std::string path, const std::string& env);
/// The environment named by a path under `environments.<env>`, or "".
std::string env_of(const std::string& path);
/// Resolves a dotted path from the root (no wildcards); kNoNode when any part is missing.
NodeId lookup_path(const YamlDocument& yaml, const std::string& dotted);

}  // namespace lint
