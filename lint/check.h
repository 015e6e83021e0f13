/// The interface every rule kind implements, and the places and findings it works with.
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lint/date.h"
#include "lint/document.h"

namespace lint {

class Catalog;

/// A place a rule's selector resolved to. `node` is kNoNode when the last field is missing.
struct Target {
  NodeId node = kNoNode;
  NodeId parent = kNoNode;         // the mapping that holds (or lacks) the field
  std::string field;               // the last path component
  std::string path;                // the concrete dotted path, e.g. environments.prod.altinn
  std::string env;                 // "test" or "prod" when under environments.<env>
};

/// Named values a kind fills in for the rule's message template.
using Args = std::map<std::string, std::string>;

/// What a kind reports: where, which message variant, and the values for its message.
struct Finding {
  ByteRange range;
  std::string variant = "default";
  Args args;
  std::string path;                                  // YAML path for the fingerprint
  const Document* in = nullptr;                      // another file than the one checked
  std::vector<std::pair<const Document*, ByteRange>> related;
  bool secret = false;  // `range` holds a secret: output masks its bytes and never fills {value}
};

/// What a kind may read while it runs.
struct CheckContext {
  const Document& doc;
  DayNumber today;
  const YamlDocument& yaml() const { return *doc.yaml; }
  /// The config this document belongs to (the document itself for a config).
  const Document* config() const { return doc.kind == DocKind::Config ? &doc : doc.config; }
  /// The documents loaded in this run (a config's referenced files are all loaded before any is
  /// checked), for kinds that compare documents; null when only `doc` is known.
  const std::deque<Document>* documents = nullptr;
  /// The loaded document that a config value names (its Reference::node), or nullptr.
  const Document* referenced(const Document& config, NodeId value) const {
    if (documents)
      for (const Document& d : *documents)
        if (d.config == &config && d.reference.node == value) return &d;
    return nullptr;
  }
};

/// A rule kind's compiled options. run() is pure: it reads the document and appends findings.
class Check {
 public:
  virtual ~Check() = default;
  virtual void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const = 0;
};

}  // namespace lint
