// Kind `date`: a date's validity against --today and its order after another date.
#include "lint/core/date.h"

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

struct DateRules {
  bool not_passed = false;
  bool not_future = false;
  std::optional<double> max_days_ahead;
  std::optional<double> warn_within_days;
  std::string after;            // a path (may contain {env}) this date must not precede
  bool report_missing = false;  // an absent or empty date is reported (variant `missing`)
};

class DateCheck final : public Check {
 public:
  explicit DateCheck(DateRules rules) : m_rules(std::move(rules)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) {
      const YamlDocument& y = ctx.yaml();
      const bool absent = target.node == kNoNode || y.node(y.resolve(target.node)).kind == NodeKind::Null;
      if (m_rules.report_missing && absent && target.parent != kNoNode)
        out.push_back(finding_at(ctx, target, "missing"));
      return;
    }
    const auto day = parse_date(ctx.yaml().scalar(target.node));
    if (!day) return;  // a malformed date is the value-type rule's concern
    const std::string variant = judge(ctx, target, *day);
    if (variant.empty()) return;
    Finding f = finding_at(ctx, target, variant);
    f.args["today"] = format_date(ctx.today);
    f.args["days"] = std::to_string(*day - ctx.today);
    if (m_rules.max_days_ahead) f.args["max_days"] = std::to_string(static_cast<long>(*m_rules.max_days_ahead));
    if (m_rules.warn_within_days) f.args["within_days"] = std::to_string(static_cast<long>(*m_rules.warn_within_days));
    f.args["other"] = with_env(m_rules.after, target.env);
    f.args["other_value"] = other_value(ctx, target);
    out.push_back(std::move(f));
  }

 private:
  std::string other_value(const CheckContext& ctx, const Target& target) const {
    if (m_rules.after.empty()) return "";
    return ctx.yaml().scalar(lookup_path(ctx.yaml(), with_env(m_rules.after, target.env)));
  }

  // The one variant that describes what is wrong with the date, or "". A date before the `after`
  // date, when that date is itself reported, is the same defect: it is reported there only.
  std::string judge(const CheckContext& ctx, const Target& target, DayNumber day) const {
    const auto other = m_rules.after.empty() ? std::nullopt : parse_date(other_value(ctx, target));
    const bool out_of_order = other && day < *other;
    if (out_of_order && !against_today(ctx.today, *other).empty()) return "";
    if (std::string variant = against_today(ctx.today, day); !variant.empty()) return variant;
    return out_of_order ? "order" : "";
  }

  // What is wrong with a date by itself, judged against --today, or "".
  std::string against_today(DayNumber today, DayNumber day) const {
    if (m_rules.not_passed && day < today) return "passed";
    if (m_rules.not_future && day > today) return "future";
    if (m_rules.max_days_ahead && static_cast<double>(day - today) > *m_rules.max_days_ahead) return "too-far";
    if (m_rules.warn_within_days && static_cast<double>(day - today) <= *m_rules.warn_within_days) return "soon";
    return "";
  }

  DateRules m_rules;
};

}  // namespace

std::unique_ptr<Check> make_date(Options& options, const Catalog&) {
  DateRules r;
  r.not_passed = options.flag("not_passed", false);
  r.not_future = options.flag("not_future", false);
  r.max_days_ahead = options.number("max_days_ahead");
  r.warn_within_days = options.number("warn_within_days");
  r.after = options.text("after", "");
  r.report_missing = options.flag("report_missing", false);
  if (!r.not_passed && !r.not_future && !r.max_days_ahead && !r.warn_within_days && r.after.empty())
    options.fail(kNoNode, "a date rule needs one of not_passed, not_future, max_days_ahead, warn_within_days, after");
  return std::make_unique<DateCheck>(std::move(r));
}

}  // namespace lint
