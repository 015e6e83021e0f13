// Kind `equals-field`: a value must equal the value at another path (e.g. consumer_org = institution.orgnr).
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class EqualsFieldCheck final : public Check {
 public:
  EqualsFieldCheck(std::string other, bool report_missing) : m_other(std::move(other)), m_report_missing(report_missing) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
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
};

}  // namespace

std::unique_ptr<Check> make_equals_field(Options& options, const Catalog&) {
  std::string other = options.text("other");
  return std::make_unique<EqualsFieldCheck>(std::move(other), options.flag("report_missing", false));
}

}  // namespace lint
