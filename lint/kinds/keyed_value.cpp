// Kind `keyed-value`: the value expected for another field's value (e.g. consent_api) and environment.
#include <map>
#include <vector>

#include "lint/core/url.h"
#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

using PerEnv = std::map<std::string, std::vector<std::string>>;  // "" = every environment

class KeyedValueCheck final : public Check {
 public:
  KeyedValueCheck(std::string key, std::map<std::string, PerEnv> expected, std::map<std::string, std::string> special,
                  std::vector<std::string> join, std::string separator, bool host)
      : m_key(std::move(key)),
        m_expected(std::move(expected)),
        m_special(std::move(special)),
        m_join(std::move(join)),
        m_separator(std::move(separator)),
        m_host(host) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    ByteRange range;
    const auto value = value_of(ctx, target, range);
    if (!value || has_placeholder(*value)) return;
    const std::string seen = m_host ? url_host(*value) : *value;
    if (seen.empty()) return;  // not a URL: the value-type rule's concern
    const std::string env = target_env(ctx, target);
    const std::string* key = config_scalar(ctx, m_key, env);
    if (key && !m_expected.count(*key)) return;  // an unknown key value is another rule's concern
    Finding f = finding_at(ctx, target);
    f.range = range;
    f.args["value"] = *value;
    f.args["key"] = with_env(m_key, env);
    f.args["key_value"] = key ? *key : "";
    if (auto it = m_special.find(seen); it != m_special.end()) {
      f.variant = it->second;
    } else {
      std::vector<std::string> wanted;
      for (const auto& [k, per_env] : m_expected)
        if (!key || k == *key) append(wanted, per_env, env);
      for (const auto& w : wanted)
        if (w == seen) return;
      f.args["expected"] = join_or(wanted);
      classify_other(f, key, env, seen);
    }
    out.push_back(std::move(f));
  }

 private:
  // The scalar, or for a mapping the `join` fields joined; `range` spans what was read.
  std::optional<std::string> value_of(const CheckContext& ctx, const Target& target, ByteRange& range) const {
    const YamlDocument& y = ctx.yaml();
    if (target.node == kNoNode) return std::nullopt;
    const NodeId node = y.resolve(target.node);
    if (y.is_scalar(node)) {
      range = y.node(node).range;
      return y.scalar(node);
    }
    if (m_join.empty() || !y.is_mapping(node)) return std::nullopt;
    std::string joined;
    for (std::size_t i = 0; i < m_join.size(); ++i) {
      const NodeId part = y.get(node, m_join[i]);
      if (!y.is_scalar(part)) return std::nullopt;  // a missing part is the template-shape rule's concern
      if (i == 0) range.begin = y.node(y.resolve(part)).range.begin;
      range.end = y.node(y.resolve(part)).range.end;
      joined += (i ? m_separator : "") + y.scalar(part);
    }
    return joined;
  }

  static void append(std::vector<std::string>& out, const PerEnv& per_env, const std::string& env) {
    for (const auto& [e, values] : per_env)
      if (e.empty() || env.empty() || e == env) out.insert(out.end(), values.begin(), values.end());
  }

  static std::string join_or(const std::vector<std::string>& values) {
    std::string all;
    for (std::size_t i = 0; i < values.size(); ++i)
      all += (i == 0 ? "" : i + 1 == values.size() ? " or " : ", ") + values[i];
    return all;
  }

  // The value is the one another environment, or another key value, expects.
  void classify_other(Finding& f, const std::string* key, const std::string& env, const std::string& seen) const {
    for (const auto& [k, per_env] : m_expected) {
      for (const auto& [e, values] : per_env) {
        for (const auto& v : values) {
          if (v != seen) continue;
          if ((!key || k == *key) && !e.empty() && e != env) {
            f.variant = "other-env";
            f.args["other_env"] = e;
            return;
          }
          if (key && k != *key && (e.empty() || env.empty() || e == env)) {
            f.variant = "other-key";
            f.args["other_key"] = k;
            return;
          }
        }
      }
    }
  }

  std::string m_key;
  std::map<std::string, PerEnv> m_expected;
  std::map<std::string, std::string> m_special;
  std::vector<std::string> m_join;
  std::string m_separator;
  bool m_host;
};

}  // namespace

std::unique_ptr<Check> make_keyed_value(Options& options, const Catalog&) {
  const std::string key = options.text("key");
  const bool host = options.choice("compare", {"exact", "host"}, "exact") == "host";
  const YamlDocument& y = options.yaml();
  const NodeId exp = options.node("expected");
  if (!y.is_mapping(exp))
    options.fail(exp,
                 "'expected' must map each value of 'key' to its value(s), or to a mapping of environment to value(s)");
  std::map<std::string, PerEnv> expected;
  for (auto [k, v] : y.entries(exp)) {
    Options per_key(options.file(), y.is_mapping(v) ? y.resolve(v) : y.resolve(exp));
    PerEnv& per_env = expected[y.scalar(k)];
    if (!y.is_mapping(v)) {
      per_env[""] = per_key.list(y.scalar(k), true);
      continue;
    }
    for (auto [ek, ev] : y.entries(v)) per_env[y.scalar(ek)] = per_key.list(y.scalar(ek), true);
  }
  std::map<std::string, std::string> special;
  const NodeId sp = options.node("special");
  if (sp != kNoNode && !y.is_mapping(sp)) options.fail(sp, "'special' must map a value to the variant that reports it");
  for (auto [k, v] : y.entries(sp)) {
    if (!y.is_scalar(v) || y.scalar(v).empty()) options.fail(v, "a 'special' value must name a variant");
    special[y.scalar(k)] = y.scalar(v);
  }
  auto join = options.list("join");
  const std::string separator = options.text("separator", "_");
  return std::make_unique<KeyedValueCheck>(key, std::move(expected), std::move(special), std::move(join), separator,
                                           host);
}

}  // namespace lint
