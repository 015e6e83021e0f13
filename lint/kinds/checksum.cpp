// Kind `checksum`: organisation numbers (mod-11) that are malformed, or valid but synthetic.
#include <re2/re2.h>

#include "lint/core/ids.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"
#include "lint/ruleset/regex_option.h"

namespace lint {

namespace {

// The byte range of value[begin, end) in the source, when the scalar is written without escapes.
ByteRange sub_range(const CheckContext& ctx, NodeId node, std::size_t begin, std::size_t end) {
  const YamlNode& n = ctx.yaml().node(ctx.yaml().resolve(node));
  const std::size_t skip = n.quoted ? 1 : 0;
  const auto raw = ctx.doc.source.text().substr(std::min(n.range.begin + skip, ctx.doc.source.size()), n.value.size());
  if (raw != n.value) return n.range;
  return {n.range.begin + skip + begin, n.range.begin + skip + end};
}

class ChecksumCheck final : public Check {
 public:
  ChecksumCheck(std::unique_ptr<RE2> extract, bool report_synthetic, std::string synthetic_prefixes)
      : m_extract(std::move(extract)),
        m_report_synthetic(report_synthetic),
        m_prefixes(std::move(synthetic_prefixes)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    if (!has_scalar(ctx, target)) return;
    const std::string& value = ctx.yaml().scalar(target.node);
    if (!m_extract) {
      judge(ctx, target, value, 0, value.size(), out);
      return;
    }
    re2::StringPiece input(value), number;
    while (RE2::FindAndConsume(&input, *m_extract, &number)) {
      const std::size_t begin = static_cast<std::size_t>(number.data() - value.data());
      const std::string_view found(number.data(), number.size());
      if (!found.empty() && found.find("{{") == std::string_view::npos)
        judge(ctx, target, value, begin, begin + number.size(), out);
    }
  }

 private:
  void judge(const CheckContext& ctx, const Target& target, const std::string& value, std::size_t begin,
             std::size_t end, std::vector<Finding>& out) const {
    const std::string number = value.substr(begin, end - begin);
    std::string variant;
    if (m_report_synthetic) {
      if (valid_orgnr(number) && m_prefixes.find(number[0]) != std::string::npos) variant = "default";
    } else if (!is_nine_digits(number)) {
      variant = "length";
    } else if (!valid_orgnr(number)) {
      variant = "default";
    }
    if (variant.empty()) return;
    Finding f = finding_at(ctx, target, variant);
    f.range = sub_range(ctx, target.node, begin, end);
    f.args["number"] = number;
    if (is_nine_digits(number)) {
      const auto check = orgnr_check_digit(number.substr(0, 8));
      f.args["check_digit"] = check ? std::to_string(*check) : "none (no valid check digit exists)";
    }
    out.push_back(std::move(f));
  }

  std::unique_ptr<RE2> m_extract;
  bool m_report_synthetic;
  std::string m_prefixes;
};

}  // namespace

std::unique_ptr<Check> make_checksum(Options& options, const Catalog&) {
  options.choice("algorithm", {"orgnr-mod11"});
  const bool synthetic = options.choice("report", {"invalid", "synthetic"}, "invalid") == "synthetic";
  std::string prefixes;
  for (const auto& p : options.list("synthetic_prefixes", synthetic)) {
    if (p.size() != 1 || p[0] < '0' || p[0] > '9')
      options.fail(options.node("synthetic_prefixes"), "synthetic_prefixes are single digits");
    prefixes += p;
  }
  auto extract = compile_regex(options, "extract", true);
  if (extract && extract->NumberOfCapturingGroups() != 1)
    options.fail(options.node("extract"), "'extract' must have exactly one capturing group");
  return std::make_unique<ChecksumCheck>(std::move(extract), synthetic, prefixes);
}

}  // namespace lint
