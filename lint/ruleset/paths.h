/// Dotted config paths such as `environments.{env}.altinn.base_url`.
#pragma once

#include <string>

#include "lint/yaml/yaml_tree.h"

namespace lint {

/// Replaces `{env}` in a path with the target's environment.
std::string with_env(std::string path, const std::string& env);
/// The environment named by a path under `environments.<env>`, or "".
std::string env_of(const std::string& path);
/// Resolves a dotted path from the root (no wildcards); kNoNode when any part is missing.
NodeId lookup_path(const YamlDocument& yaml, const std::string& dotted);

}  // namespace lint
