// plan_jobs: folders expanded to their configs (or documents), repeated paths dropped.
#include "lint/engine/discovery.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "lint/engine/classify.h"

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

}  // namespace

std::vector<JobSpec> plan_jobs(const std::vector<Input>& inputs) {
  std::vector<JobSpec> jobs;
  std::set<std::string> planned;
  const auto add = [&](const std::string& path) {
    if (planned.insert(fs::path(path).lexically_normal().string()).second) jobs.push_back({path, nullptr});
  };
  for (const Input& input : inputs) {
    std::error_code ec;
    if (input.from_stdin) jobs.push_back({input.path, &input.stdin_text});
    else if (fs::is_directory(input.path, ec))
      for (const auto& path : expand_folder(input.path)) add(path);
    else add(input.path);
  }
  return jobs;
}

}  // namespace lint
