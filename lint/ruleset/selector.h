/// Resolves rule selectors such as `environments.*.maskinporten.issuer` to targets in a document.
#pragma once

#include <functional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "lint/ruleset/check.h"
#include "lint/ruleset/rule.h"

namespace lint {

/// Every place the selector names. A missing last field yields a target with node kNoNode
/// under its parent mapping; `*` matches any key of a mapping or any item of a list.
std::vector<Target> select_targets(const YamlDocument& yaml, const std::string& selector);

/// select_targets for one document, each selector and each selector prefix resolved once: the
/// rules that share a selector or a prefix (`environments.*`), and the `leave_to` and `skip`
/// look-ups that repeat one, share its targets. One thread uses it.
class TargetMemo {
 public:
  explicit TargetMemo(const YamlDocument& yaml);
  TargetMemo(const TargetMemo&) = delete;
  TargetMemo& operator=(const TargetMemo&) = delete;

  /// select_targets(yaml, selector), made on first use; valid as long as the memo.
  const std::vector<Target>& of(const std::string& selector);

 private:
  const std::vector<Target>& resolved(std::string_view selector);

  const YamlDocument& m_yaml;
  // Looked up by a string_view of the selector or of its prefix, without building a string.
  struct SelectorHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };

  const std::vector<Target> m_root;  // what "" and "$" select
  std::unordered_map<std::string, std::vector<Target>, SelectorHash, std::equal_to<>> m_by_selector;
};

/// The selector's targets in the context's document: from its memo when it has one. `scratch`
/// holds them when it has none.
const std::vector<Target>& targets_in(const CheckContext& ctx, const std::string& selector,
                                      std::vector<Target>& scratch);

/// Whether a rule's `when` condition holds for a target.
bool condition_holds(const YamlDocument& yaml, const Condition& when, const Target& target);

}  // namespace lint
