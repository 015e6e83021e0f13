// Kind `certificate-declared`: the declared issuer, orgnr or expiry date differs from the certificate file.
#include <algorithm>

#include "lint/kinds/certificate_authorities.h"
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

// The certificate's value for a declared field, in the declared value's form, and whether they agree.
struct Comparison {
  bool same = true;
  std::string actual;
};

Comparison compare_issuer(const std::string& declared, const cert::CertInfo& leaf) {
  const cert::DistinguishedName dn = cert::parse_dn(declared);
  if (dn.size() > 1) return {cert::same_name(dn, leaf.issuer), dn_text(leaf.issuer)};  // a full DN
  const std::string cn = dn.size() == 1 && dn[0].type == "CN" ? dn[0].value : declared;
  return {cn == leaf.issuer_cn, leaf.issuer_cn};
}

Comparison compare(const std::string& field, const std::string& declared, const cert::CertInfo& leaf) {
  if (field == "issuer") return compare_issuer(declared, leaf);
  if (field == "orgnr") return {leaf.org_number.empty() || declared == leaf.org_number, leaf.org_number};
  const auto day = parse_date(declared), not_after = parse_date(leaf.not_after);
  return {!day || !not_after || *day == *not_after, leaf.not_after};  // a malformed date: value-type's concern
}

class CertificateDeclaredCheck final : public Check {
 public:
  explicit CertificateDeclaredCheck(std::vector<std::string> fields) : m_fields(std::move(fields)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const CertificateSource s = certificate_source(ctx, target);
    const cert::CertInfo* leaf = s.leaf();
    if (!leaf) return;  // without a readable certificate there is nothing to compare with
    for (const std::string& field : m_fields) {
      const NodeId node = field == "issuer" ? s.issuer : field == "orgnr" ? s.orgnr : s.expires;
      if (node == kNoNode) continue;
      const std::string& declared = ctx.yaml().scalar(node);
      const Comparison c = compare(field, declared, *leaf);
      if (c.same) continue;
      // At the line that names the file (the file wins), with the declared field as a related place.
      Finding f = file_finding(ctx, target, s, field);
      f.path = target.path + "." + field;
      f.related.push_back({&ctx.doc, ctx.yaml().node(node).range});
      f.args["declared_field"] = field;
      f.args["declared"] = declared;
      f.args["declared_line"] = std::to_string(ctx.doc.source.position(ctx.yaml().node(node).range.begin).line);
      f.args["actual"] = c.actual;
      out.push_back(std::move(f));
    }
  }

 private:
  std::vector<std::string> m_fields;  // which declared fields to compare: issuer, orgnr, expires
};

}  // namespace

std::unique_ptr<Check> make_certificate_declared(Options& options, const Catalog&) {
  std::vector<std::string> fields = options.list("compare", true);
  for (const std::string& f : fields)
    if (f != "issuer" && f != "orgnr" && f != "expires")
      options.fail(options.node("compare"),
                   "'compare' lists declared fields: issuer, orgnr, expires (not '" + f + "')");
  return std::make_unique<CertificateDeclaredCheck>(std::move(fields));
}

}  // namespace lint
