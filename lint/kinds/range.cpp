// Kind `range`: a number must lie within [min, max]; values that are not numbers are left to value-type.
#include <charconv>

#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

std::string show(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

class RangeCheck final : public Check {
 public:
  RangeCheck(std::optional<double> min, std::optional<double> max) : m_min(min), m_max(max) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& text = ctx.yaml().scalar(target.node);
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return;
    const bool low = m_min && value < *m_min;
    const bool high = m_max && value > *m_max;
    if (!low && !high) return;
    Finding f = finding_at(ctx, target, low ? "below" : "above");
    f.args["min"] = m_min ? show(*m_min) : "";
    f.args["max"] = m_max ? show(*m_max) : "";
    out.push_back(std::move(f));
  }

 private:
  std::optional<double> m_min, m_max;
};

}  // namespace

std::unique_ptr<Check> make_range(Options& options, const Catalog&) {
  auto min = options.number("min");
  auto max = options.number("max");
  if (!min && !max) options.fail(kNoNode, "a range rule needs 'min' or 'max'");
  if (min && max && *min > *max) options.fail(options.node("min"), "'min' is greater than 'max'");
  return std::make_unique<RangeCheck>(min, max);
}

}  // namespace lint
