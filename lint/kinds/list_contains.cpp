// Kind `list-contains`: a list holds every required item; one finding per list, near misses at the item.
#include <algorithm>
#include <map>
#include <optional>

#include "lint/core/strings.h"
#include "lint/core/suggest.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

struct Item {
  std::string name;                 // how messages name it
  std::vector<std::string> any_of;  // the values that satisfy it (as written in the rule)
};

// With `compare: url` the scheme, a leading `www.`, trailing slashes and letter case do not count.
std::string normal(const std::string& value, bool url) {
  if (!url) return value;
  std::string s = ascii_lower(value);
  if (const auto at = s.find("://"); at != std::string::npos) s.erase(0, at + 3);
  if (s.rfind("www.", 0) == 0) s.erase(0, 4);
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

// How far `item` is from `want` when it looks like a misspelling of it (letter case, a few edits,
// or one contains the other and is at least half as long); nullopt otherwise.
std::optional<std::size_t> near_miss(const std::string& item, const std::string& want) {
  if (const std::size_t d = edit_distance(item, want); d == 0 || !nearest(item, {want}).empty()) return d;
  const std::string a = ascii_lower(item), b = ascii_lower(want);
  const auto& [shorter, longer] = a.size() < b.size() ? std::tie(a, b) : std::tie(b, a);
  const bool contained = shorter.size() * 2 >= longer.size() && longer.find(shorter) != std::string::npos;
  return contained && !shorter.empty() ? std::optional<std::size_t>(edit_distance(item, want)) : std::nullopt;
}

class ListContainsCheck final : public Check {
 public:
  ListContainsCheck(std::string by, std::map<std::string, std::vector<Item>> sets, std::vector<std::string> known,
                    bool url, bool report_missing)
      : m_by(std::move(by)),
        m_sets(std::move(sets)),
        m_known(std::move(known)),
        m_url(url),
        m_report_missing(report_missing) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const YamlDocument& y = ctx.yaml();
    const std::string by = m_by.empty() ? "" : y.scalar(lookup_path(y, with_env(m_by, target.env)));
    const auto set = m_sets.find(by);
    if (set == m_sets.end()) return;  // nothing is required for this value
    const std::vector<Item>& items = set->second;
    std::vector<bool> have(items.size(), false);
    const bool absent = target.node == kNoNode || y.node(y.resolve(target.node)).kind == NodeKind::Null;
    if (absent && m_report_missing && target.parent != kNoNode)
      out.push_back(list_finding(ctx, target, "missing", items, have, by));
    if (absent || !y.is_sequence(target.node)) return;  // not a list: the value-type rule's concern
    std::vector<NodeId> strangers;                      // items that are neither required nor known
    for (NodeId child : y.node(y.resolve(target.node)).children) {
      if (!y.is_scalar(child)) continue;
      const std::string value = normal(y.scalar(child), m_url);
      bool matched = false;
      for (const auto& k : m_known) matched = matched || normal(k, m_url) == value;
      for (std::size_t i = 0; i < items.size(); ++i)
        for (const auto& a : items[i].any_of)
          if (normal(a, m_url) == value) matched = have[i] = true;
      if (!matched) strangers.push_back(child);
    }
    for (NodeId child : strangers) suggest(ctx, child, items, have, out);
    if (std::find(have.begin(), have.end(), false) != have.end())
      out.push_back(list_finding(ctx, target, "default", items, have, by));
  }

 private:
  // A misspelled item: reported at the item, it stands for the missing item it resembles most.
  void suggest(const CheckContext& ctx, NodeId child, const std::vector<Item>& items, std::vector<bool>& have,
               std::vector<Finding>& out) const {
    const std::string value = normal(ctx.yaml().scalar(child), m_url);
    std::optional<std::size_t> best;
    std::size_t item = 0, spelling = 0;
    for (std::size_t i = 0; i < items.size(); ++i)
      for (std::size_t j = 0; j < items[i].any_of.size() && !have[i]; ++j)
        if (const auto d = near_miss(value, normal(items[i].any_of[j], m_url)); d && (!best || *d < *best))
          best = d, item = i, spelling = j;
    if (!best) return;
    have[item] = true;
    Finding f = finding_at_node(ctx, child, node_path(ctx.yaml(), child), "suggest");
    f.args["suggestion"] = items[item].any_of[spelling];
    f.args["missing"] = items[item].name;
    out.push_back(std::move(f));
  }

  // The finding about the whole list, at its key when it has one, naming every item not had.
  static Finding list_finding(const CheckContext& ctx, const Target& target, const std::string& variant,
                              const std::vector<Item>& items, const std::vector<bool>& have, const std::string& by) {
    Finding f = finding_at(ctx, target, variant);
    if (target.node != kNoNode && ctx.yaml().node(target.node).key != kNoNode)
      f.range = ctx.yaml().node(ctx.yaml().node(target.node).key).range;
    for (std::size_t i = 0; i < items.size(); ++i)
      if (!have[i]) f.args["missing"] += (f.args["missing"].empty() ? "" : ", ") + items[i].name;
    f.args["by"] = by;
    return f;
  }

  std::string m_by;
  std::map<std::string, std::vector<Item>> m_sets;
  std::vector<std::string> m_known;
  bool m_url, m_report_missing;
};

// One list of required items: each a value, or {name, any_of} for an item several values satisfy.
std::vector<Item> load_items(Options& options, NodeId list) {
  const YamlDocument& y = options.yaml();
  if (!y.is_sequence(list) || y.node(y.resolve(list)).children.empty())
    options.fail(list, "'required' must be a non-empty list of items (a value, or {name, any_of})");
  std::vector<Item> items;
  for (NodeId n : y.node(y.resolve(list)).children) {
    if (!y.is_scalar(n) && !y.is_mapping(n))
      options.fail(n, "an item of 'required' must be a value or a mapping {name, any_of}");
    Options o(options.file(), y.is_mapping(n) ? y.resolve(n) : kNoNode);
    auto any_of = y.is_scalar(n) ? std::vector<std::string>{y.scalar(n)} : o.list("any_of", true);
    items.push_back({o.text("name", any_of.front()), std::move(any_of)});
    o.finish();
  }
  return items;
}

}  // namespace

std::unique_ptr<Check> make_list_contains(Options& options, const Catalog&) {
  const std::string by = options.text("by", "");
  const NodeId required = options.node("required");
  if (required == kNoNode) options.fail(kNoNode, "missing option 'required'");
  std::map<std::string, std::vector<Item>> sets;
  const YamlDocument& y = options.yaml();
  if (!by.empty() && !y.is_mapping(required))
    options.fail(required, "with 'by', 'required' must map each value found at '" + by + "' to its list of items");
  if (by.empty()) sets[""] = load_items(options, required);
  for (auto [k, v] : y.entries(by.empty() ? kNoNode : required)) sets[y.scalar(k)] = load_items(options, v);
  const bool url = options.choice("compare", {"exact", "url"}, "exact") == "url";
  return std::make_unique<ListContainsCheck>(by, std::move(sets), options.list("known"), url,
                                             options.flag("report_missing", false));
}

}  // namespace lint
