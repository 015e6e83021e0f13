// Kind `validity`: a consent's validity, as a number of days or as a literal end date or instant.
#include <charconv>

#include "lint/core/date.h"
#include "lint/kinds/common.h"
#include "lint/kinds/doc_values.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class ValidityCheck final : public Check {
 public:
  ValidityCheck(std::optional<double> min_days, double max_days) : m_min(min_days), m_max(max_days) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& text = ctx.yaml().scalar(target.node);
    if (has_placeholder(text)) return;
    Finding f = finding_at(ctx, target);
    f.args["min"] = m_min ? std::to_string(static_cast<long>(*m_min)) : "";
    f.args["max"] = std::to_string(static_cast<long>(m_max));
    long days = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), days);
    if (!text.empty() && ec == std::errc() && end == text.data() + text.size()) {
      if (m_min && static_cast<double>(days) < *m_min)
        f.variant = "below";
      else if (static_cast<double>(days) > m_max)
        f.variant = "above";
      else
        return;
    } else if (const auto day = parse_date(text)) {
      f.args["today"] = format_date(ctx.today);
      f.args["date"] = format_date(*day);
      f.args["days"] = std::to_string(*day - ctx.today);
      if (*day < ctx.today)
        f.variant = "passed";
      else if (static_cast<double>(*day - ctx.today) > m_max)
        f.variant = "too-far";
      else
        return;
    } else {
      return;  // neither a number nor a date: the value-type rule's concern
    }
    out.push_back(std::move(f));
  }

 private:
  std::optional<double> m_min;
  double m_max;
};

}  // namespace

std::unique_ptr<Check> make_validity(Options& options, const Catalog&) {
  const auto min = options.number("min_days");
  const auto max = options.number("max_days");
  if (!max) options.fail(kNoNode, "a validity rule needs 'max_days'");
  if (min && *min > *max) options.fail(options.node("min_days"), "'min_days' is greater than 'max_days'");
  return std::make_unique<ValidityCheck>(min, *max);
}

}  // namespace lint
