// Kind `equals-field`: a value must equal the value at another path (e.g. consumer_org = institution.orgnr).
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class EqualsFieldCheck final : public Check {
 public:
  EqualsFieldCheck(std::string other, bool report_missing, std::string only_with)
      : m_other(std::move(other)), m_report_missing(report_missing), m_only_with(std::move(only_with)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!m_only_with.empty() && lookup_path(ctx.yaml(), with_env(m_only_with, target.env)) == kNoNode) {
      // Without `only_with` the value has no place: a value that is set is reported, nothing else.
      if (!has_scalar(ctx, target)) return;
      Finding f = finding_at(ctx, target, "unexpected");
      f.args["only_with"] = with_env(m_only_with, target.env);
      out.push_back(std::move(f));
      return;
    }
    const std::string other_path = with_env(m_other, target.env);
    const NodeId other = lookup_path(ctx.yaml(), other_path);
    if (!ctx.yaml().is_scalar(other)) return;  // nothing to compare with
    if (!has_scalar(ctx, target)) {
      if (target.parent == kNoNode || !m_report_missing) return;
      Finding f = finding_at(ctx, target, "missing");
      f.args["other"] = other_path;
      f.args["expected"] = ctx.yaml().scalar(other);
      out.push_back(std::move(f));
      return;
    }
    if (ctx.yaml().scalar(target.node) == ctx.yaml().scalar(other)) return;
    Finding f = finding_at(ctx, target);
    f.args["other"] = other_path;
    f.args["expected"] = ctx.yaml().scalar(other);
    out.push_back(std::move(f));
  }

 private:
  std::string m_other;
  bool m_report_missing;
  std::string m_only_with;  // a path without which the value must not be set
};

}  // namespace

std::unique_ptr<Check> make_equals_field(Options& options, const Catalog&) {
  std::string other = options.text("other");
  const bool report_missing = options.flag("report_missing", false);
  return std::make_unique<EqualsFieldCheck>(std::move(other), report_missing, options.text("only_with", ""));
}

}  // namespace lint
