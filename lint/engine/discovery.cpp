// plan_jobs: configs as jobs, named templates and texts in their config's context, folders searched.
#include "lint/engine/discovery.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "lint/core/file_paths.h"
#include "lint/engine/classify.h"
#include "lint/engine/references.h"
#include "lint/kinds/text_support.h"

namespace lint {

namespace fs = std::filesystem;

namespace {

bool skipped_dir(std::string_view name) {
  return (name.size() > 1 && name[0] == '.') || name == "node_modules" || name == "build";
}

bool yaml_or_json(std::string_view name) {
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;  // ".yaml" alone has no extension
  const std::string_view ext = name.substr(dot);
  return ext == ".yaml" || ext == ".yml" || ext == ".json";
}

// A Markdown or text file whose name carries a language slot (samtykke.nb.md).
bool has_language_suffix(const std::string& path, const LanguageSlots& slots) {
  Document named;
  named.source = SourceFile(path, "");
  return !text_slot(named, slots).empty();
}

// What a folder entry is: a folder to descend into, a file to look at, or neither. A symbolic
// link counts as what it points to, but a link to a folder is not followed.
enum class Entry { folder, file, other };

Entry entry_type(const std::string& path, unsigned char type) {
  if (type == DT_DIR) return Entry::folder;
  if (type == DT_REG) return Entry::file;
  struct stat st {};
  if (type == DT_UNKNOWN && ::lstat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return Entry::folder;
  if (type != DT_LNK && type != DT_UNKNOWN) return Entry::other;
  if (::stat(path.c_str(), &st) != 0) return Entry::file;  // a dangling link: reading it reports it
  return S_ISDIR(st.st_mode) ? Entry::other : Entry::file;
}

// A folder's entries to visit, sorted so that visiting them depth first gives their paths in
// byte order: a subfolder sorts by its name and a '/', as every path under it begins.
struct Listing {
  std::string prefix;                                // the folder's path and a '/'
  std::vector<std::pair<std::string, Entry>> items;  // sort key (name, and '/' for a folder) and type
  std::size_t next = 0;
};

Listing list_folder(const std::string& folder) {
  Listing l{folder.back() == '/' ? folder : folder + "/", {}, 0};
  DIR* d = ::opendir(folder.c_str());
  if (!d) return l;  // unreadable: nothing under it is linted
  while (const dirent* e = ::readdir(d)) {
    const std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    const Entry type = entry_type(l.prefix + e->d_name, e->d_type);
    if (type == Entry::folder && !skipped_dir(name))
      l.items.emplace_back(std::string(name) + '/', type);
    else if (type == Entry::file)
      l.items.emplace_back(std::string(name), type);
  }
  ::closedir(d);
  std::sort(l.items.begin(), l.items.end());
  return l;
}

// Calls `found(path, is_config)` for each config, YAML or JSON file and language-suffixed text
// under `dir`, in byte order of their paths; hidden folders, node_modules and build are left out,
// and so are folders that cannot be read.
void walk_folder(const std::string& dir, const LanguageSlots& slots,
                 const std::function<void(std::string path, bool config)>& found) {
  std::vector<Listing> open{list_folder(dir)};
  while (!open.empty()) {
    Listing& top = open.back();
    if (top.next == top.items.size()) {
      open.pop_back();
      continue;
    }
    const auto& [key, type] = top.items[top.next++];
    std::string path = top.prefix + key;
    if (type == Entry::folder) {
      open.push_back(list_folder(path));  // `top` is not used after this
      continue;
    }
    path = normal_path(path);
    const DocKind kind = kind_from_name(path);
    if (kind == DocKind::Config)
      found(std::move(path), true);
    else if (yaml_or_json(key) || (kind == DocKind::Text && has_language_suffix(path, slots)))
      found(std::move(path), false);
  }
}

class Planner {
 public:
  Planner(const Catalog& catalog, const LintOptions& options)
      : m_catalog(catalog), m_options(options), m_slots(catalog_language_slots(catalog)) {}

  void add_input(const Input& input) {
    std::error_code ec;
    if (input.from_stdin)
      m_plan.jobs.push_back({input.path, &input.stdin_text, {}, false, false});
    else if (fs::is_directory(input.path, ec))
      add_folder(input.path);
    else
      add_named(input.path);
  }

  Plan take() { return std::move(m_plan); }

 private:
  // A config lints everything it references, so it replaces any focused job on it.
  void add_config(const std::string& path) {
    const auto [it, added] = m_config_jobs.emplace(identity(path), m_plan.jobs.size());
    if (added)
      m_plan.jobs.push_back({path, nullptr, {}, false, false});
    else
      m_plan.jobs[it->second].focus.clear();
  }

  void add_focus(const std::string& config, const std::string& file) {
    const auto [it, added] = m_config_jobs.emplace(identity(config), m_plan.jobs.size());
    if (added) {
      m_plan.jobs.push_back({config, nullptr, {file}, false, false});
      return;
    }
    auto& focus = m_plan.jobs[it->second].focus;
    if (!focus.empty() && std::find(focus.begin(), focus.end(), file) == focus.end()) focus.push_back(file);
  }

  void add_named(const std::string& path) {
    if (kind_from_name(path) == DocKind::Config) return add_config(path);
    if (!m_named.insert(identity(path)).second) return;
    if (auto config = referencing_config(path)) return add_focus(*config, path);
    if (certificate_name(path)) {
      m_plan.notes.push_back({path,
                              "skipped: a certificate or key file is checked through the config that names it, and "
                              "no config in its folder or a parent names it"});
      return;
    }
    if (kind_from_name(path) == DocKind::Text && !has_language_suffix(path, m_slots)) {
      m_plan.notes.push_back({path,
                              "skipped: no config in its folder or a parent references it, and its name has no "
                              "language suffix (such as .nb.md), so it is not a consent text"});
      return;
    }
    m_plan.jobs.push_back({path, nullptr, {}, false, true});
  }

  // The configs under a folder become jobs; its other YAML and JSON files, and texts whose name
  // has a language suffix, wait for the configs' references to be known (unloaded_folder_files).
  void add_folder(const std::string& dir) {
    std::vector<std::string> configs;
    FolderFiles& files = m_plan.folders.emplace_back();
    walk_folder(dir, m_slots, [&](std::string path, bool config) {  // in path order
      if (config) return configs.push_back(std::move(path));
      files.paths.append(path).push_back('\0');
    });
    files.paths.shrink_to_fit();
    for (const auto& c : configs) add_config(c);
  }

  // The nearest config, in the file's folder or a parent, that names the file.
  std::optional<std::string> referencing_config(const std::string& file) {
    const std::string wanted = identity(file);
    const fs::path start = fs::path(file).parent_path();
    fs::path dir = start.empty() ? fs::path(".") : start;
    for (int depth = 0; depth < 64; ++depth) {
      for (const std::string& name : config_file_names()) {
        const std::string candidate = (dir / name).lexically_normal().string();
        std::error_code ec;
        if (!fs::is_regular_file(candidate, ec)) continue;
        const auto& named = files_of(candidate);
        if (std::find(named.begin(), named.end(), wanted) != named.end()) return candidate;
      }
      const fs::path absolute = fs::absolute(dir).lexically_normal();
      if (absolute == absolute.root_path() || absolute.parent_path() == absolute) break;
      dir = (dir / "..").lexically_normal();
    }
    return std::nullopt;
  }

  const std::vector<std::string>& files_of(const std::string& config) {
    const auto [it, added] = m_named_by.emplace(config, std::vector<std::string>{});
    if (added)
      for (const auto& p : files_named_by(m_catalog, m_options, config)) it->second.push_back(identity(p));
    return it->second;
  }

  const Catalog& m_catalog;
  const LintOptions& m_options;
  const LanguageSlots m_slots;  // the language suffixes that make a file in a folder a consent text
  Plan m_plan;
  std::map<std::string, std::size_t> m_config_jobs;  // config identity to its job
  std::set<std::string> m_named;
  std::map<std::string, std::vector<std::string>> m_named_by;  // config to the identities it names
};

}  // namespace

std::string working_directory() {
  std::error_code ec;
  std::string cwd = fs::current_path(ec).string();
  return ec ? std::string() : cwd;
}

std::string identity(const std::string& path, const std::string& cwd) {
  if (plainly_normal(path)) {  // the common case, without std::filesystem's normalisation
    if (path.front() == '/') return path;
    if (!cwd.empty() && plainly_normal(cwd)) return cwd + "/" + path;
  }
  std::error_code ec;
  const fs::path absolute = cwd.empty() || path.empty() ? fs::absolute(path, ec) : fs::path(cwd) / path;
  return (ec ? fs::path(path) : absolute).lexically_normal().string();
}

std::string identity(const std::string& path) {
  if (plainly_normal(path) && path.front() == '/') return path;
  return identity(path, working_directory());
}

std::vector<std::string> unloaded_folder_files(const Plan& plan,
                                               const std::function<bool(const std::string& identity)>& loaded) {
  const std::string cwd = working_directory();
  std::vector<std::string> files;
  for (const FolderFiles& folder : plan.folders)
    for (std::size_t pos = 0, end; (end = folder.paths.find('\0', pos)) != std::string::npos; pos = end + 1) {
      std::string path = folder.paths.substr(pos, end - pos);
      if (!loaded(identity(path, cwd))) files.push_back(std::move(path));
    }
  return files;
}

Plan plan_jobs(const std::vector<Input>& inputs, const Catalog& catalog, const LintOptions& options) {
  Planner planner(catalog, options);
  for (const Input& input : inputs) planner.add_input(input);
  return planner.take();
}

}  // namespace lint
