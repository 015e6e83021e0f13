// Engine::lint: expands folders, lints each input with a Linter, sorts the findings.
#include "lint/engine.h"

#include <algorithm>
#include <filesystem>

#include "lint/classify.h"
#include "lint/linter.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

bool skipped_dir(const fs::path& p) {
  const std::string name = p.filename().string();
  return (name.size() > 1 && name[0] == '.') || name == "node_modules" || name == "build";
}

// The configs under a folder; when it has none, every YAML, JSON and text file in it.
std::vector<std::string> expand_folder(const std::string& dir) {
  std::vector<std::string> configs, others;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (it->is_directory(ec)) {
      if (skipped_dir(it->path())) it.disable_recursion_pending();
      continue;
    }
    const std::string path = it->path().lexically_normal().string();
    const std::string ext = it->path().extension().string();
    if (kind_from_name(path) == DocKind::Config) configs.push_back(path);
    else if (ext == ".yaml" || ext == ".yml" || ext == ".json" || kind_from_name(path) == DocKind::Text)
      others.push_back(path);
  }
  auto& chosen = configs.empty() ? others : configs;
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

bool before(const Diagnostic& a, const Diagnostic& b) {
  return std::tie(a.location.path, a.location.start.line, a.location.start.column, a.rule_id, a.message) <
         std::tie(b.location.path, b.location.start.line, b.location.start.column, b.rule_id, b.message);
}

}  // namespace

std::vector<Diagnostic> Engine::lint(const std::vector<Input>& inputs) const {
  std::vector<Diagnostic> out;
  Linter linter(m_catalog, m_options, out);
  for (const Input& input : inputs) {
    if (input.from_stdin) {
      linter.lint_input(input.path, &input.stdin_text);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(input.path, ec)) {
      for (const auto& path : expand_folder(input.path)) linter.lint_input(path, nullptr);
    } else {
      linter.lint_input(input.path, nullptr);
    }
  }
  std::sort(out.begin(), out.end(), before);
  out.erase(std::unique(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
              return a.rule_id == b.rule_id && a.location.path == b.location.path &&
                     a.location.bytes == b.location.bytes && a.message == b.message;
            }), out.end());
  return out;
}

}  // namespace lint
