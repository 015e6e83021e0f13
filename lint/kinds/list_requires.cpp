// Kind `list-requires`: a list holds the items every value found elsewhere (e.g. each env's consent_api) needs.
#include <algorithm>
#include <cctype>
#include <map>

#include "lint/core/strings.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/selector.h"

namespace lint {

namespace {

// ASCII letter case and runs of white space do not count.
std::string normal(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += ascii_lower(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
  std::string all;
  for (const auto& p : parts) all += (all.empty() ? "" : separator) + p;
  return all;
}

class ListRequiresCheck final : public Check {
 public:
  ListRequiresCheck(std::vector<std::string> always, std::string by,
                    std::map<std::string, std::vector<std::string>> per_value, bool report_missing)
      : m_always(std::move(always)),
        m_by(std::move(by)),
        m_per_value(std::move(per_value)),
        m_report_missing(report_missing) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    std::vector<std::string> needed = m_always, because;
    std::vector<Target> scratch;
    for (const Target& t : targets_in(ctx, m_by, scratch)) {
      auto it = m_per_value.find(y.scalar(t.node));
      if (it == m_per_value.end() || std::find(because.begin(), because.end(), it->first) != because.end()) continue;
      because.push_back(it->first);
      for (const auto& item : it->second)
        if (std::find(needed.begin(), needed.end(), item) == needed.end()) needed.push_back(item);
    }
    if (needed.empty()) return;
    const bool absent = target.node == kNoNode || y.node(y.resolve(target.node)).kind == NodeKind::Null;
    if (absent && (!m_report_missing || target.parent == kNoNode)) return;
    if (!absent && !y.is_sequence(target.node)) return;  // not a list: the value-type rule's concern
    std::vector<std::string> have, missing;
    if (!absent)
      for (NodeId child : y.node(y.resolve(target.node)).children) have.push_back(normal(y.scalar(child)));
    for (const auto& item : needed)
      if (std::find(have.begin(), have.end(), normal(item)) == have.end()) missing.push_back(item);
    if (missing.empty()) return;
    Finding f = finding_at(ctx, target, absent ? "missing" : "default");
    if (!absent && y.node(target.node).key != kNoNode) f.range = y.node(y.node(target.node).key).range;
    f.args.erase("value");
    f.args["missing"] = join(missing, "; ");
    f.args["count"] = std::to_string(missing.size());
    f.args["by"] = join(because, ", ");
    out.push_back(std::move(f));
  }

 private:
  std::vector<std::string> m_always;
  std::string m_by;
  std::map<std::string, std::vector<std::string>> m_per_value;
  bool m_report_missing;
};

}  // namespace

std::unique_ptr<Check> make_list_requires(Options& options, const Catalog&) {
  auto always = options.list("always");
  const std::string by = options.text("by", "");
  std::map<std::string, std::vector<std::string>> per_value;
  const NodeId req = options.node("required");
  if (req != kNoNode) {
    const YamlDocument& y = options.yaml();
    if (by.empty() || !y.is_mapping(req))
      options.fail(req, "'required' needs 'by' and must map each value found at 'by' to the items it needs");
    Options items(options.file(), y.resolve(req));
    for (auto [k, v] : y.entries(req)) per_value[y.scalar(k)] = items.list(y.scalar(k), true);
  }
  if (always.empty() && per_value.empty()) options.fail(kNoNode, "a list-requires rule needs 'always' or 'required'");
  return std::make_unique<ListRequiresCheck>(std::move(always), by, std::move(per_value),
                                             options.flag("report_missing", false));
}

}  // namespace lint
