// Kind `certificate-environment`: the certificate's issuing CA belongs to another environment than its section.
#include <algorithm>

#include "lint/kinds/certificate_authorities.h"
#include "lint/kinds/certificate_source.h"
#include "lint/kinds/common.h"
#include "lint/kinds/kinds.h"

namespace lint {

namespace {

class CertificateEnvironmentCheck final : public Check {
 public:
  explicit CertificateEnvironmentCheck(CaTable table) : m_table(std::move(table)) {}

  void run(const CheckContext& ctx, const Target& target, std::vector<Finding>& out) const override {
    const auto& cas = m_table.all();
    const bool known_env = std::any_of(cas.begin(), cas.end(), [&](const KnownCa& ca) { return ca.env == target.env; });
    if (!known_env) return;  // an environment the table does not name: nothing to compare with
    const CertificateSource s = certificate_source(ctx, target);
    const KnownCa* ca = nullptr;
    Finding f;
    if (const cert::CertInfo* leaf = s.leaf()) {
      ca = m_table.by_dn(leaf->issuer);
      if (ca && ca->env != target.env) f = file_finding(ctx, target, s, "default");
    } else if (s.from == CertificateSource::From::Declared && s.issuer != kNoNode) {
      ca = m_table.by_declared(ctx.yaml().scalar(s.issuer));
      if (ca && ca->env != target.env) f = declared_finding(ctx, target, s.issuer, "declared");
    }
    if (!ca || ca->env == target.env) return;  // an unknown issuer is the issuer rule's concern
    f.args["ca"] = ca->name;
    f.args["ca_env"] = ca->env;
    out.push_back(std::move(f));
  }

 private:
  CaTable m_table;
};

}  // namespace

std::unique_ptr<Check> make_certificate_environment(Options& options, const Catalog& catalog) {
  return std::make_unique<CertificateEnvironmentCheck>(CaTable::from_options(options, catalog));
}

}  // namespace lint
