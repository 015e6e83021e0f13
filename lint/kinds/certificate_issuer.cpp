// Kind `certificate-issuer`: the certificate's issuing CA is in none of the known groups, or in a given one.
#include "lint/kinds/certificate_authorities.h"
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class CertificateIssuerCheck final : public Check {
 public:
  CertificateIssuerCheck(CaTable table, std::string report, std::string suggest_group)
      : m_table(std::move(table)), m_report(std::move(report)), m_suggest_group(std::move(suggest_group)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const CertificateSource s = certificate_source(ctx, target);
    if (s.from == CertificateSource::From::File) {
      const cert::ReadResult& r = s.content->read;
      if (unknown() && r.kind == cert::ContentKind::Empty) out.push_back(file_finding(ctx, target, s, "empty"));
      if (unknown() && r.kind == cert::ContentKind::Unreadable) {
        Finding f = file_finding(ctx, target, s, "unreadable");
        f.args["reason"] = r.error;
        out.push_back(std::move(f));
      }
      const cert::CertInfo* leaf = s.leaf();
      if (!leaf) return;  // a key or PKCS#12 bundle alone is the private-key rule's concern
      const KnownCa* ca = m_table.by_dn(leaf->issuer);
      if (fires(ca)) out.push_back(with_ca(file_finding(ctx, target, s, "default"), ca));
      return;
    }
    if (s.from != CertificateSource::From::Declared || s.issuer == kNoNode) return;
    const std::string& text = ctx.yaml().scalar(s.issuer);
    const KnownCa* ca = m_table.by_declared(text);
    if (!fires(ca)) return;
    const std::string suggestion = ca ? "" : m_table.suggest(text, m_suggest_group, target.env);
    Finding f =
        with_ca(declared_finding(ctx, target, s.issuer, suggestion.empty() ? "declared" : "declared-suggest"), ca);
    f.args["suggestion"] = suggestion;
    out.push_back(std::move(f));
  }

 private:
  bool unknown() const { return m_report == "unknown"; }
  bool fires(const KnownCa* ca) const { return unknown() ? ca == nullptr : ca != nullptr && ca->group == m_report; }

  static Finding with_ca(Finding f, const KnownCa* ca) {
    if (ca) {
      f.args["ca"] = ca->name;
      f.args["ca_env"] = ca->env;
    }
    return f;
  }

  CaTable m_table;
  std::string m_report;         // "unknown", or the group whose CAs are reported
  std::string m_suggest_group;  // the group a misspelt declared issuer is matched against ("" for all)
};

}  // namespace

std::unique_ptr<Check> make_certificate_issuer(Options& options, const Catalog& catalog) {
  CaTable table = CaTable::from_options(options, catalog);
  const std::string report = options.text("report");
  if (report != "unknown" && !table.has_group(report))
    options.fail(options.node("report"),
                 "'report' must be 'unknown' or a group of the authorities table, not '" + report + "'");
  const std::string suggest_group = options.text("suggest_group", "");
  if (!suggest_group.empty() && !table.has_group(suggest_group))
    options.fail(options.node("suggest_group"), "no group '" + suggest_group + "' in the authorities table");
  return std::make_unique<CertificateIssuerCheck>(std::move(table), report, suggest_group);
}

}  // namespace lint
