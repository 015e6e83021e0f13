// Kind `env-value`: the value expected in each environment (exactly, or by URL host or prefix).
#include <map>

#include "lint/core/url.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/kinds/leave_to.h"

namespace lint {

namespace {

class EnvValueCheck final : public Check {
 public:
  EnvValueCheck(std::map<std::string, std::vector<std::string>> expected, std::string compare, LeaveTo leave_to)
      : m_expected(std::move(expected)), m_compare(std::move(compare)), m_leave_to(std::move(leave_to)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    auto it = m_expected.find(target.env);
    if (it == m_expected.end()) return;
    const std::string& value = ctx.yaml().scalar(target.node);
    if (m_compare == "host" && url_host(value).empty()) return;  // not a URL: the value-type rule's concern
    for (const auto& want : it->second)
      if (matches(value, want)) return;
    if (m_leave_to.reported(ctx, target.node)) return;  // another rule owns this value's defect
    Finding f = finding_at(ctx, target);
    f.args["expected"] = it->second.front();
    for (const auto& [env, wants] : m_expected) {
      if (env == target.env) continue;
      for (const auto& want : wants)
        if (matches(value, want)) {
          f.variant = "other-env";
          f.args["other_env"] = env;
        }
    }
    out.push_back(std::move(f));
  }

 private:
  bool matches(const std::string& value, const std::string& want) const {
    if (m_compare == "host") return url_host(value) == want;
    if (m_compare == "prefix") return value.rfind(want, 0) == 0;
    return value == want;
  }

  std::map<std::string, std::vector<std::string>> m_expected;
  std::string m_compare;
  LeaveTo m_leave_to;
};

}  // namespace

std::unique_ptr<Check> make_env_value(Options& options, const Catalog& catalog) {
  const std::string compare = options.choice("compare", {"exact", "host", "prefix"}, "exact");
  const NodeId node = options.node("expected");
  if (node == kNoNode || !options.yaml().is_mapping(node))
    options.fail(node, "'expected' must map each environment to its value (or list of values)");
  std::map<std::string, std::vector<std::string>> expected;
  Options per_env(options.file(), options.yaml().resolve(node));
  for (auto [k, v] : options.yaml().entries(node))
    expected[options.yaml().scalar(k)] = per_env.list(options.yaml().scalar(k), true);
  return std::make_unique<EnvValueCheck>(std::move(expected), compare, LeaveTo(options, catalog));
}

}  // namespace lint
