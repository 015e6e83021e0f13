// gather_rule_sources: embedded rule files plus user rule files from --rules.
#include "lint/ruleset/rule_sources.h"

#include <algorithm>
#include <filesystem>

#include "lint/core/files.h"
#include "lint/ruleset/embedded_rules.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

void add_file(const std::string& path, std::vector<RuleSource>& out) {
  auto bytes = read_file(path, 4 * 1024 * 1024);
  if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
    out.push_back({path, "", "the rule file " + read_failure_text(*failure)});
    return;
  }
  out.push_back({path, std::move(std::get<std::string>(bytes)), ""});
}

}  // namespace

std::vector<RuleSource> gather_rule_sources(const std::vector<std::string>& extra_paths) {
  std::vector<RuleSource> out = embedded_rule_sources();
  std::vector<std::string> seen;
  for (const auto& given : extra_paths) {
    const std::string path = fs::path(given).lexically_normal().string();
    if (std::find(seen.begin(), seen.end(), path) != seen.end()) continue;  // named twice: load once
    seen.push_back(path);
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      add_file(path, out);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      const auto ext = it->path().extension();
      if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) found.push_back(it->path().string());
    }
    if (ec) out.push_back({path, "", "the rule folder cannot be read (" + ec.message() + ")"});
    std::sort(found.begin(), found.end());
    for (const auto& f : found) {
      const std::string normal = fs::path(f).lexically_normal().string();
      if (std::find(seen.begin(), seen.end(), normal) != seen.end()) continue;
      seen.push_back(normal);
      add_file(normal, out);
    }
  }
  return out;
}

}  // namespace lint
