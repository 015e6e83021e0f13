// Kind `forbidden-anywhere`: no value anywhere in the document may contain a match of a pattern.
#include <re2/re2.h>

#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"

namespace lint {

namespace {

class ForbiddenAnywhereCheck final : public Check {
 public:
  explicit ForbiddenAnywhereCheck(std::unique_ptr<RE2> forbid) : m_forbid(std::move(forbid)) {}

  void run(const CheckContext& ctx, const Target&, std::vector<Finding>& out) const override {
    if (!ctx.doc.yaml) return;
    const YamlDocument& y = ctx.yaml();
    for_each_value(y, [&](NodeId value, NodeId key) {
      if (!RE2::PartialMatch(y.scalar(value), *m_forbid)) return;
      Finding f = finding_at_node(ctx, value, node_path(y, value));
      f.args["field"] = key == kNoNode ? "" : y.scalar(key);
      f.args["path"] = f.path;
      f.args["pattern"] = m_forbid->pattern();
      out.push_back(std::move(f));
    });
  }

 private:
  std::unique_ptr<RE2> m_forbid;
};

}  // namespace

std::unique_ptr<Check> make_forbidden_anywhere(Options& options, const Catalog&) {
  auto forbid = compile_regex(options, "forbid", options.flag("case_sensitive", true));
  if (!forbid) options.fail(kNoNode, "a forbidden-anywhere rule needs 'forbid'");
  if (RE2::FullMatch("", *forbid)) options.fail(options.node("forbid"), "'forbid' must not match an empty value");
  return std::make_unique<ForbiddenAnywhereCheck>(std::move(forbid));
}

}  // namespace lint
