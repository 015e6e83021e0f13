/// The interface every rule kind implements, and the places and findings it works with.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lint/core/date.h"
#include "lint/ruleset/document.h"

namespace lint {

class Catalog;

/// A place a rule's selector resolved to. `node` is kNoNode when the last field is missing.
struct Target {
  NodeId node = kNoNode;
  NodeId parent = kNoNode;  // the mapping that holds (or lacks) the field
  std::string field;        // the last path component
  std::string path;         // the concrete dotted path, e.g. environments.prod.altinn
  std::string env;          // "test" or "prod" when under environments.<env>
};

/// Named values a kind fills in for the rule's message template.
using Args = std::map<std::string, std::string>;

/// What a kind reports: where, which message variant, and the values for its message.
struct Finding {
  ByteRange range;
  std::string variant = "default";
  Args args;
  std::string path;              // YAML path for the fingerprint
  const Document* in = nullptr;  // another file than the one checked
  std::vector<std::pair<const Document*, ByteRange>> related;
  bool secret = false;  // `range` holds a secret: output masks its bytes and never fills {value}
};

/// The documents a job loaded for its config, by the config value that names each one.
class ReferenceIndex {
 public:
  void add(const Document& doc) { m_by_value.emplace(std::pair{doc.config, doc.reference.node}, &doc); }
  /// The loaded document that `config`'s value `value` names, or nullptr.
  const Document* find(const Document& config, NodeId value) const {
    const auto it = m_by_value.find({&config, value});
    return it == m_by_value.end() ? nullptr : it->second;
  }

 private:
  std::map<std::pair<const Document*, NodeId>, const Document*> m_by_value;
};

/// Values that checks compute once per job and share, such as a certificate file that several
/// CERT rules read. A job runs on one thread, so the cache needs no lock.
class JobCache {
 public:
  /// The value stored under `key`, made by `make()` on first use.
  template <class T, class Make>
  std::shared_ptr<const T> get(const std::string& key, Make make) {
    auto& slot = m_values[key];
    if (!slot) slot = std::shared_ptr<const T>(make());
    return std::static_pointer_cast<const T>(slot);
  }

 private:
  std::map<std::string, std::shared_ptr<const void>> m_values;
};

class TargetMemo;

/// What a kind may read while it runs.
struct CheckContext {
  const Document& doc;
  DayNumber today;
  std::size_t max_file_size = 10 * 1024 * 1024;  // for files a kind reads itself (certificates)
  /// The job's documents (a config's referenced files are all loaded before any is checked), for
  /// kinds that compare documents; null when only `doc` is known.
  const ReferenceIndex* references = nullptr;
  JobCache* cache = nullptr;  // null: nothing is shared
  TargetMemo* targets = nullptr;  // the YAML document's selector targets; null: resolved each time
  const YamlDocument& yaml() const { return *doc.yaml; }
  /// The config this document belongs to (the document itself for a config).
  const Document* config() const { return doc.kind == DocKind::Config ? &doc : doc.config; }
  /// The loaded document that a config value names (its Reference::node), or nullptr.
  const Document* referenced(const Document& config, NodeId value) const {
    return references ? references->find(config, value) : nullptr;
  }
};

/// A rule kind's compiled options. run() is pure: it reads the document and appends findings.
class Check {
 public:
  virtual ~Check() = default;
  virtual void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const = 0;
  /// For kind `engine`: the engine finding the rule names (e.g. `yaml-syntax`); empty for others.
  virtual std::string_view engine_event() const { return {}; }
};

}  // namespace lint
