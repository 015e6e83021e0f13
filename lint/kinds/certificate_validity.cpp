// Kind `certificate-validity`: the certificate is valid on --today and does not expire within a number of days.
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class CertificateValidityCheck final : public Check {
 public:
  explicit CertificateValidityCheck(long warn_within_days) : m_warn_within_days(warn_within_days) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const CertificateSource s = certificate_source(ctx, target);
    if (s.leaf()) {
      // Every certificate of the file: the leaf, then the rest of its chain (variants `chain-…`).
      for (std::size_t i : s.chain_order()) {
        const cert::CertInfo& c = s.content->read.certs[i];
        const auto not_before = parse_date(c.not_before), not_after = parse_date(c.not_after);
        if (!not_before || !not_after) continue;  // dates the reader could not give
        const std::string variant = judge(ctx.today, *not_before, *not_after, i == s.content->leaf ? "" : "chain-");
        if (!variant.empty())
          out.push_back(with_days(certificate_finding(ctx, target, s, i, variant), ctx, *not_before, *not_after));
      }
    } else if (s.from == CertificateSource::From::Declared && s.expires != kNoNode) {
      const auto expires = parse_date(ctx.yaml().scalar(s.expires));
      if (!expires) return;  // a malformed date is the value-type rule's concern
      const std::string variant = judge(ctx.today, ctx.today, *expires, "declared-");
      if (!variant.empty())
        out.push_back(with_days(declared_finding(ctx, target, s.expires, variant), ctx, ctx.today, *expires));
    }
  }

 private:
  // The one variant that says what is wrong, or "". A certificate is valid on its last day.
  std::string judge(DayNumber today, DayNumber not_before, DayNumber not_after, const std::string& prefix) const {
    if (not_after < today) return prefix + "expired";
    if (not_before > today) return prefix + "not-yet-valid";
    if (not_after - today <= m_warn_within_days) return prefix + "soon";
    return "";
  }

  // {days}: days since it expired, until it becomes valid, or until it expires (always positive).
  Finding with_days(Finding f, const CheckContext& ctx, DayNumber not_before, DayNumber not_after) const {
    DayNumber days = not_after - ctx.today;
    if (not_after < ctx.today)
      days = ctx.today - not_after;
    else if (not_before > ctx.today)
      days = not_before - ctx.today;
    f.args["days"] = std::to_string(days);
    f.args["today"] = format_date(ctx.today);
    f.args["within_days"] = std::to_string(m_warn_within_days);
    f.args["expires"] = format_date(not_after);
    return f;
  }

  long m_warn_within_days;
};

}  // namespace

std::unique_ptr<Check> make_certificate_validity(Options& options, const Catalog&) {
  const auto within = options.number("warn_within_days");
  if (!within || *within < 0 || *within != static_cast<double>(static_cast<long>(*within)))
    options.fail(options.node("warn_within_days"), "'warn_within_days' must be a whole number of days, 0 or more");
  return std::make_unique<CertificateValidityCheck>(static_cast<long>(*within));
}

}  // namespace lint
