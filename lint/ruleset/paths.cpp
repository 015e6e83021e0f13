// Dotted config paths: environment placeholders and look-ups from the root.
#include "lint/ruleset/paths.h"

namespace lint {

std::string with_env(std::string path, const std::string& env) {
  const std::string token = "{env}";
  for (std::size_t at = path.find(token); at != std::string::npos; at = path.find(token))
    path.replace(at, token.size(), env);
  return path;
}

std::string join_path(const std::string& path, std::string_view part) {
  std::string joined;
  joined.reserve(path.size() + 1 + part.size());
  if (!path.empty()) joined.append(path).append(1, '.');
  return joined.append(part);
}

std::string env_of(const std::string& path) {
  const std::string prefix = "environments.";
  if (path.rfind(prefix, 0) != 0) return "";
  const std::size_t end = path.find('.', prefix.size());
  return path.substr(prefix.size(), end == std::string::npos ? std::string::npos : end - prefix.size());
}

NodeId lookup_path(const YamlDocument& yaml, const std::string& dotted) {
  NodeId node = yaml.root();
  std::size_t start = 0;
  while (node != kNoNode && start <= dotted.size()) {
    const std::size_t dot = dotted.find('.', start);
    const std::string part = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (part.empty()) break;
    node = yaml.get(yaml.resolve(node), part);
    if (dot == std::string::npos) return node;
    start = dot + 1;
  }
  return node == yaml.root() ? node : kNoNode;
}

}  // namespace lint
