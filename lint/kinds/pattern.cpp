// Kind `pattern`: a scalar must match (or must not match) an RE2 regular expression.
#include <re2/re2.h>

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"

namespace lint {

namespace {

class PatternCheck final : public Check {
 public:
  PatternCheck(std::unique_ptr<RE2> match, std::unique_ptr<RE2> forbid)
      : m_match(std::move(match)), m_forbid(std::move(forbid)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& value = ctx.yaml().scalar(target.node);
    if (m_match && !RE2::FullMatch(value, *m_match)) {
      Finding f = finding_at(ctx, target);
      f.args["pattern"] = m_match->pattern();
      out.push_back(std::move(f));
    } else if (m_forbid && RE2::PartialMatch(value, *m_forbid)) {
      Finding f = finding_at(ctx, target, "forbidden");
      f.args["pattern"] = m_forbid->pattern();
      out.push_back(std::move(f));
    }
  }

 private:
  std::unique_ptr<RE2> m_match, m_forbid;
};

}  // namespace

std::unique_ptr<Check> make_pattern(Options& options, const Catalog&) {
  const bool case_sensitive = options.flag("case_sensitive", true);
  auto match = compile_regex(options, "match", case_sensitive);
  auto forbid = compile_regex(options, "forbid", case_sensitive);
  if (!match && !forbid) options.fail(kNoNode, "a pattern rule needs 'match' or 'forbid'");
  return std::make_unique<PatternCheck>(std::move(match), std::move(forbid));
}

}  // namespace lint
