/// Helpers for kinds that read every value of a document, or a template's config.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "lint/ruleset/check.h"

namespace lint {

/// True when a value is or holds a `{{name}}` placeholder: a value supplied per request, whose
/// form no rule checks.
bool has_placeholder(std::string_view value);
/// True when a node is null, an empty scalar, or an empty list or mapping.
bool is_empty_value(const YamlDocument& yaml, NodeId node);
/// Calls `visit` for every scalar value of the document (keys and aliases excluded) with the key it
/// sits under (kNoNode for a list item or the root), in source order.
void for_each_value(const YamlDocument& yaml, const std::function<void(NodeId value, NodeId key)>& visit);
/// The environment a target belongs to: its own (`environments.<env>…` in a config), else for a
/// template the environment section of the config that references it, else "".
std::string target_env(const CheckContext& ctx, const Target& target);
/// The scalar at `path` (`{env}` replaced by `env`) in the config the document belongs to, or
/// nullptr when there is no config or no scalar there.
const std::string* config_scalar(const CheckContext& ctx, const std::string& path, const std::string& env);

}  // namespace lint
