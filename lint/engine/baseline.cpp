// Baselines: keys of findings, recording findings, and accepting the findings a baseline holds.
#include "lint/engine/baseline.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "lint/core/strings.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

std::string relative_to(const std::string& path, const std::string& base_dir) {
  std::error_code ec;
  const fs::path absolute = fs::absolute(path, ec).lexically_normal();
  const fs::path base = fs::absolute(base_dir.empty() ? "." : base_dir, ec).lexically_normal();
  const fs::path rel = absolute.lexically_relative(base);
  return (rel.empty() ? absolute : rel).generic_string();
}

std::set<std::string> files_of(const std::vector<std::string>& reported, const std::string& base_dir) {
  std::set<std::string> files;
  for (const std::string& path : reported) files.insert(relative_to(path, base_dir));
  return files;
}

std::string describe(const BaselineEntry& e) {
  std::string text = e.key.rule;
  text.append(" in ").append(e.key.file).append(" at ").append(e.key.where);
  return text;
}

// The hashes of findings' source lines; a long line (a minified text's one line, shared by its
// findings) is hashed once, not once per finding.
class LineHashes {
 public:
  std::string of(const SourceLine& line) {
    if (!line.is_long()) return stable_hash(line.text());
    auto [at, fresh] = m_long.try_emplace(&line.text());
    if (fresh) at->second = stable_hash(line.text());
    return at->second;
  }

 private:
  std::map<const std::string*, std::string> m_long;
};

BaselineKey key_of(const Diagnostic& d, const std::string& base_dir, LineHashes& lines) {
  std::string where = d.yaml_path;
  if (where.empty()) where.append("line ").append(lines.of(d.source_line));
  return {d.rule_id, relative_to(d.location.path, base_dir), where};
}

}  // namespace

BaselineKey baseline_key(const Diagnostic& d, const std::string& base_dir) {
  LineHashes lines;
  return key_of(d, base_dir, lines);
}

std::string baseline_dir(const std::string& baseline_path) {
  const std::string dir = fs::path(baseline_path).parent_path().string();
  return dir.empty() ? "." : dir;
}

Baseline baseline_of(const std::vector<Diagnostic>& findings, const std::string& path) {
  std::map<BaselineKey, std::size_t> counts;
  const std::string dir = baseline_dir(path);
  LineHashes lines;
  for (const Diagnostic& d : findings)
    if (d.accepted.by != AcceptedBy::Suppression) ++counts[key_of(d, dir, lines)];
  Baseline baseline{path, {}};
  for (const auto& [key, count] : counts) baseline.entries.push_back({key, count});
  return baseline;
}

std::vector<Note> apply_baseline(const Baseline& baseline, std::vector<Diagnostic>& findings,
                                 const std::vector<std::string>& reported) {
  const std::string dir = baseline_dir(baseline.path);
  std::map<BaselineKey, std::size_t> left;
  for (const BaselineEntry& e : baseline.entries) left[e.key] += e.count;
  LineHashes lines;
  for (Diagnostic& d : findings) {
    if (d.is_accepted()) continue;
    const auto it = left.find(key_of(d, dir, lines));
    if (it == left.end() || it->second == 0) continue;
    --it->second;
    d.accepted = {AcceptedBy::Baseline, "recorded in the baseline " + baseline.path, ""};
  }
  std::vector<Note> notes;
  const std::set<std::string> looked_at = files_of(reported, dir);
  for (const BaselineEntry& e : baseline.entries) {
    if (left[e.key] == 0 || !looked_at.count(e.key.file)) continue;
    notes.push_back({baseline.path, "stale baseline entry: " + describe(e) +
                                        " matches no finding any more; --write-baseline drops it"});
  }
  return notes;
}

void keep_unreported(const Baseline& old, const std::vector<std::string>& reported, Baseline& fresh) {
  const std::set<std::string> looked_at = files_of(reported, baseline_dir(fresh.path));
  for (const BaselineEntry& e : old.entries)
    if (!looked_at.count(e.key.file)) fresh.entries.push_back(e);
  std::sort(fresh.entries.begin(), fresh.entries.end(),
            [](const BaselineEntry& a, const BaselineEntry& b) { return a.key < b.key; });
}

}  // namespace lint
